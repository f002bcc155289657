//! The threads of an import: `jobs` workers prepare files (read, hash, decode, extract) and hand them
//! over a bounded channel to the calling thread, which puts them back in input order for the writer.
//!
//! Memory stays bounded whatever the corpus size: a worker starts a file only while it is fewer than
//! [`WINDOW`] files ahead of the writer, and a large file only when it is the writer's next one, so at
//! most one large file is held at a time.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Condvar, Mutex};

use super::collect::Input;
use super::prepare::{self, Context, LARGE_FILE, Prepared};

/// Files prepared ahead of the writer at most: enough to keep every worker busy while the writer
/// commits, few enough that the memory they hold does not matter.
const WINDOW: usize = 64;

/// Where prepared files go, one at a time in input order.
pub trait Sink {
    /// Takes one file; false stops the import (the workers finish the file in hand and exit).
    fn accept(&mut self, input: &Input, prepared: Prepared) -> bool;
}

struct Shared {
    next: AtomicUsize,
    /// How many files the sink has taken.
    written: Mutex<usize>,
    turn: Condvar,
    stop: AtomicBool,
}

pub fn run(inputs: &[Input], context: &Context<'_>, jobs: usize, sink: &mut dyn Sink) {
    let shared = Shared {
        next: AtomicUsize::new(0),
        written: Mutex::new(0),
        turn: Condvar::new(),
        stop: AtomicBool::new(false),
    };
    std::thread::scope(|scope| {
        let (sender, receiver) = sync_channel::<(usize, Prepared)>(WINDOW);
        for _ in 0..jobs.max(1) {
            let sender = sender.clone();
            let shared = &shared;
            // Named, so that a profile tells the extraction from the writer (the calling thread).
            let worker = std::thread::Builder::new().name("morgue-extract".to_owned());
            worker
                .spawn_scoped(scope, move || {
                    while let Some(i) = next_file(inputs, shared) {
                        let prepared = catch_unwind(AssertUnwindSafe(|| {
                            prepare::prepare(&inputs[i], context)
                        }))
                        .unwrap_or_else(|_| {
                            Prepared::Failed(
                            "extraction failed unexpectedly (a bug in morgue): please report it \
                             with this file"
                                .to_owned(),
                        )
                        });
                        if sender.send((i, prepared)).is_err() {
                            return;
                        }
                    }
                })
                .expect("the system lets morgue start a thread");
        }
        drop(sender);
        let mut early: BTreeMap<usize, Prepared> = BTreeMap::new();
        for (expected, input) in inputs.iter().enumerate() {
            let prepared = match early.remove(&expected) {
                Some(prepared) => prepared,
                None => loop {
                    match receiver.recv() {
                        Ok((i, prepared)) if i == expected => break prepared,
                        Ok((i, prepared)) => {
                            early.insert(i, prepared);
                        }
                        // Every worker is gone: only possible once the sink has stopped them.
                        Err(_) => return,
                    }
                },
            };
            let go_on = sink.accept(input, prepared);
            *shared.written.lock().unwrap_or_else(|e| e.into_inner()) = expected + 1;
            if !go_on {
                shared.stop.store(true, Ordering::SeqCst);
            }
            shared.turn.notify_all();
            if !go_on {
                return;
            }
        }
    });
}

/// Claims the next file and waits until it may be started; None when there is nothing left to do.
fn next_file(inputs: &[Input], shared: &Shared) -> Option<usize> {
    if shared.stop.load(Ordering::SeqCst) {
        return None;
    }
    let i = shared.next.fetch_add(1, Ordering::SeqCst);
    let input = inputs.get(i)?;
    // Standard input and pipes have no size to go by: treat them as large.
    let large = prepare::size_hint(input).is_none_or(|size| size > LARGE_FILE);
    let mut written = shared.written.lock().unwrap_or_else(|e| e.into_inner());
    while !shared.stop.load(Ordering::SeqCst)
        && !(i < *written + WINDOW && (!large || i == *written))
    {
        written = shared.turn.wait(written).unwrap_or_else(|e| e.into_inner());
    }
    (!shared.stop.load(Ordering::SeqCst)).then_some(i)
}
