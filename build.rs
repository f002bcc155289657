// `embed_migrations!` reads migrations/ at compile time but cargo does not know that: without this a
// new migration file would not be embedded until something else forced a rebuild.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=queries");
}
