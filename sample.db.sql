-- morgue archive dump (schema version 3).
-- Load it with `sqlite3 NEW.db < FILE` or `morgue --db NEW.db restore FILE`.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE refinery_schema_history(
             version int4 PRIMARY KEY,
             name VARCHAR(255),
             applied_on VARCHAR(255),
             checksum VARCHAR(255));
INSERT INTO "refinery_schema_history" VALUES(1,'initial_schema','2023-11-14T22:13:20Z','2103787938193665700');
INSERT INTO "refinery_schema_history" VALUES(3,'stories_and_quote_groups','2023-11-14T22:13:20Z','2965078879628909211');
CREATE TABLE outlets (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    domain TEXT
);
INSERT INTO "outlets" VALUES(1,'Associated Press','apnews.com');
INSERT INTO "outlets" VALUES(2,'Asharq Al-Awsat English','english.aawsat.com');
INSERT INTO "outlets" VALUES(3,'Axios','axios.com');
INSERT INTO "outlets" VALUES(4,'The Guardian','theguardian.com');
INSERT INTO "outlets" VALUES(5,'The Quint','thequint.com');
INSERT INTO "outlets" VALUES(6,'Reuters','reuters.com');
INSERT INTO "outlets" VALUES(7,'Voice of America','voanews.com');
INSERT INTO "outlets" VALUES(8,'World Israel News','worldisraelnews.com');
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    bytes       INTEGER NOT NULL,
    format      TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
INSERT INTO "sources" VALUES(1,'samples/ap-lindholm-pension-fund.txt','70fb34f529004a33020a9a3ba01bc2df55f75d04171e6dfe6236f5b7298dfaaf',2651,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(2,'samples/ap-nordlys-ferry-passengers.txt','117e5ed0b5d0c285a28a4979c3b3bdc224de85eec09165e56ba939970d1e1a8a',1344,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(3,'samples/asharq-lindholm-and-jordan-frost.txt','324735eeee0e3d933c51e76a936d54827811b852ef122f26c44712606dbf2919',4801,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(4,'samples/axios-harbor-strike.txt','d19d1195edfed7af919981e5aa71f85f6a91f80bfa077a9f4ffb45d9a3cee507',3035,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(5,'samples/guardian-lindholm-harbour-town.txt','13050975be42dc1af49162ff06333404ee223a979f541c1cc39598f728c70af7',3594,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(6,'samples/guardian-nordlys-reef-warnings.txt','378649392e184c3a3ff60558eaf6c9d9632b76e7e382075256d3d30e029b838e',1583,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(7,'samples/quint-reuters-seafarers-stranded.txt','5dba859e3240b3e1ac92a2061344566ab41e6524a962daab51b3a6a622c0ef7b',3504,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(8,'samples/reuters-lindholm-mediator.txt','e2624094334217446aa2b12aa2a7e326b92c4fd8fe6c4ddb7f5628bcb350fad5',3449,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(9,'samples/reuters-nordlys-ferry-aground.txt','b68bb0d5ac0d8c3cb51a2ba2d06ce72521818185a152055a01f6c67cf16ec473',1521,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(10,'samples/voa-baltic-ministers-port-inspections.txt','2d126e61700ba3d665753f29caef938b9926f8f706777fdbdab3b0a3cf0df333',3678,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(11,'samples/win-carmel-line-rerouting.txt','8c8d9b124a8154c7fc7b207534386278f809c94c83e60485a39669a89accb550',2658,'text','2023-11-14T22:13:20Z');
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    outlet_id    INTEGER REFERENCES outlets(id),
    title        TEXT NOT NULL,
    dek          TEXT,
    byline       TEXT,
    section      TEXT,
    published_at TEXT,
    updated_at   TEXT,
    url          TEXT,
    body         TEXT NOT NULL,
    word_count   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_id, position)
);
INSERT INTO "articles" VALUES(1,1,0,1,'Dockworkers’ pension fund becomes a bargaining chip in Lindholm port strike',NULL,'Karin Ahlgren and David Moss',NULL,'2026-03-07T09:14:00-05:00',NULL,NULL,'LINDHOLM (AP) — The pension fund that covers about 9,000 current and retired dockworkers at the Port of Lindholm has emerged as an unexpected issue in the strike that has shut most of the port for more than a week, with both sides accusing the other of putting retirees’ money at risk.

The fund depends on contributions tied to the number of hours worked on the docks. Fewer hours, its trustees warned in a letter to both sides this week, would mean lower contributions for years to come.

“The arithmetic is simple,” said Jonas Kowalczyk, an economist at the Maritime Labour Institute who has studied port pension schemes across Europe. “Automation reduces hours. Fewer hours means less money going in, while the people drawing pensions are still there.”

Jonas Kowalczyk, who is not related to the union’s chair, said similar funds in two other European ports had been forced to cut benefits after terminals were automated.

The trustees’ letter, dated Feb. 27, asked both the union and the employers to include the fund in any settlement. It did not take a side in the dispute.

The employers say they have offered to top up the fund for ten years after the eastern terminal opens. “That offer has been on the table for a month,” said Per Engström, who heads the employers’ association. “Nobody has even asked us about the details.”

The Baltic Dockworkers’ Federation says ten years is not enough.

“Our youngest members will be paying into this fund for forty years,” union chair Mira Kowalczyk told The Associated Press. “A guarantee that ends in ten is not a guarantee, it is a countdown.”

Mediation between the two sides began on Friday and was expected to continue through the weekend, according to the mediator’s office.

Retired crane driver Lars Pettersson, 71, said he had followed every twist of the dispute on the radio.

“I do not care who wins,” he said. “I care that the money I put in for 40 years is still there when my wife needs it.”',340);
INSERT INTO "articles" VALUES(2,2,0,1,'Passengers describe cold, dark wait after ferry Nordlys hits reef off Vessoy',NULL,'Karin Ahlgren','Business','2026-03-10T11:05:00-05:00',NULL,NULL,'VESSOY (AP) — Passengers on the ferry Nordlys said they waited in the dark on a tilting deck for more than an hour before the first rescue boats reached them, after the ship ran onto the Hestskjaer reef off Vessoy early Tuesday.

All 212 people on board were brought ashore, the coastguard said.

“Every passenger and every member of the crew is accounted for, and no one is seriously hurt,” coastguard commander Elin Varga said at a briefing in the island’s harbour.

Jorunn Falk, a nurse travelling home from Kestrel Bay, said the lights went out seconds after a long scraping noise. “People were calm, mostly. The children were the calmest of all,” she said.

Skarva Lines, which runs the route, said it was “cooperating fully with the investigation” and would not speculate on the cause until that work was complete.

Fishing crews from Vessoy joined the coastguard in ferrying people to shore in small groups.

“We heard it on the radio and just went,” said fisherman Odd Reinholt, 64. “You do not wait for permission on a night like that.”',181);
INSERT INTO "articles" VALUES(3,3,0,2,'Gulf Carriers Reroute Cargo as Baltic Port Strike Drags On',NULL,NULL,NULL,NULL,NULL,NULL,'Shipping lines based in the Gulf have begun diverting Europe-bound containers away from the Port of Lindholm, where a strike by dockworkers has left dozens of vessels idle and pushed freight rates to their highest level in two years.

Executives at two regional carriers told Asharq Al-Awsat that cargo originally booked for Lindholm was being unloaded at smaller ports further south and moved north by rail and truck, adding between four and six days to delivery times.

The strike, called by the Baltic Dockworkers’ Federation over plans to automate the port’s new eastern terminal, has also delayed shipments of petrochemicals and fertiliser from the Gulf to Scandinavian buyers.

An internal assessment prepared for one of the carriers, a copy of which was seen by Asharq Al-Awsat, warned that "if the stoppage continues beyond the end of the month, the backlog at alternative ports will itself become the bottleneck, and the costs of the diversion will exceed the value of the contracts being protected."

Union chair Mira Kowalczyk has said her members are ready to stay out "for as long as it takes," while the port’s employers insist the automation plan is not negotiable.

The Lindholm Port Authority said it was giving priority to vessels carrying food and medicine and described the situation in the harbour as “under control.”

Industry analysts said Gulf carriers were better placed than most to absorb the disruption, having expanded their rail partnerships in Europe during earlier supply chain crises.

"We have learned to keep a second and a third route open at all times," said Faisal Al-Harbi, operations director at a Dammam-based logistics firm. "Nobody in this business can afford to depend on a single gate anymore."

He added that the company had not yet passed the extra costs on to its customers but would review its prices next month.',305);
INSERT INTO "articles" VALUES(4,3,1,2,'Jordan Valley Farmers Count Losses after Late Frost Damages Date Palms',NULL,NULL,NULL,NULL,NULL,NULL,'Farmers in the Jordan Valley said on Monday that an unusual late frost had damaged thousands of young date palms, threatening a harvest that had been expected to be the largest in a decade.

Temperatures in parts of the valley, which lies below sea level and rarely sees frost, fell below zero for three consecutive nights, according to the Jordan Meteorological Department.

"I have farmed this land for thirty years and I have never seen the fronds burn like this," said Khaled Odeibat, who grows Medjool dates on a plantation near South Shuneh. "The old trees will survive, but the young ones we planted two years ago are finished."

The Ministry of Agriculture said teams had begun surveying the damage and that a full assessment would be ready within two weeks.

“We will not leave the farmers alone with these losses,” ministry spokesperson Lina Habashneh told reporters. “Compensation will be paid according to the size of the damage on every farm.”

INSURANCE CLAIMS

Farmers’ associations said most small growers had no crop insurance and would depend on the government fund for natural disasters, which they described as "slow and underfunded."

Samer Khreisat, head of a cooperative representing about 200 growers, said exporters were already asking whether contracts for the coming season would be honoured.

"The buyers in the Gulf are patient with us, but they have their own customers," Khreisat said. "If we cannot tell them by April what we can deliver, they will look elsewhere."

Date exports have grown rapidly over the past decade and have become one of the kingdom’s most valuable agricultural products.',266);
INSERT INTO "articles" VALUES(5,4,0,3,'Lindholm dock strike snarls northern European supply chains as talks stall',NULL,NULL,'Economy',NULL,'2026-03-04',NULL,'A strike by more than 6,000 dockworkers at the Port of Lindholm entered its ninth day on Wednesday, leaving at least 40 container ships waiting at anchor and stranding auto parts and medical supplies bound for factories across northern Europe, port officials said.

Why it matters: Lindholm handles roughly a fifth of the container traffic entering the Baltic, and a long stoppage could ripple through manufacturers that have little inventory left after a winter of shipping delays.

Freight forwarders told Axios that spot rates for containers rerouted through neighboring ports have roughly doubled since the walkout began.

Two carmakers have warned suppliers that their assembly lines could slow "within days, not weeks."

Driving the news: Talks between the dockworkers'' union and the port''s terminal operators broke off late Tuesday after the employers rejected a proposal to cap the use of remote-operated cranes at the new eastern terminal.

"We came to the table with a compromise and they walked away from it," Mira Kowalczyk, chair of the Baltic Dockworkers'' Federation, said in a statement. "Our members are not going back to work on a promise."

The Lindholm Port Employers'' Association said the union''s demands "would freeze the port in the last century" and that it remained open to mediation.

Between the lines: The dispute is less about pay than about who controls the terminals of the future.

Workers on the picket lines call the remote-operated machines “ghost cranes,” and the phrase is painted on banners outside every gate.

Kowalczyk has argued that the automation plan would eliminate close to 1,500 jobs by 2030. The employers put the figure at under 400.

What they''re saying: Transport Minister Anders Holmqvist told reporters on Tuesday that the government would not impose a settlement "as long as both sides are still talking to each other."

“I am not going to negotiate on behalf of either party in front of the cameras,” Holmqvist said. He added that the cabinet was “watching the situation hour by hour.”

The Lindholm Port Authority said emergency cargo, including medicines, was being cleared by a skeleton crew. "No vessel carrying humanitarian supplies has been turned away," the authority said in a statement.

The other side: Employers say the eastern terminal was designed around automation from the start and that reversing course now would cost far more than the strike itself.

"Every week this goes on, cargo learns to go somewhere else, and some of it will never come back," said Per Engström, the association''s chief executive.

What''s next: A state mediator, Lotte Brandvold, is expected to meet both sides separately on Thursday, two officials familiar with the plans told Axios.',439);
INSERT INTO "articles" VALUES(6,5,0,4,'‘They built the town around the cranes’: Lindholm holds its breath as dock strike bites','Families who have worked the harbour for generations say automation threatens more than jobs, while employers warn the port is losing customers by the day','Helen Marsh and Tobias Lind','Labour unions','2026-03-06T06:00:00Z',NULL,NULL,'On the hill above the Port of Lindholm, where the container stacks stand motionless for a tenth day, Birgit Svensson points out the houses of the people she grew up with. Almost every one, she says, belongs to a family with someone on the docks.

“My father drove a straddle carrier, my husband drives one now, and my son wanted to,” said Svensson, 58, who runs a bakery two streets from the main gate. “If the cranes are driven from an office, what is left for him here?”

The strike, called by the Baltic Dockworkers’ Federation over plans to run most cranes at the port’s new eastern terminal from a remote control room, has become a test of how far automation can be pushed in Europe’s working ports.

‘We are not against the future’

Mira Kowalczyk, the union’s chair, has spent most of the strike at the gate, under a hand-painted banner demanding that the eastern terminal stay in human hands.

“We are not against the future,” she said. “We are against a future that is decided in a boardroom and delivered to us in a letter.”

Kowalczyk, who started as a lasher at 19, said the union had offered to accept remote operation on some cranes in return for guarantees on staffing. The employers turned the offer down on Tuesday.

“It was a serious offer,” she said, “and they did not even take it home to read it.”

‘Every week, cargo learns to go elsewhere’

The employers say the union underestimates the danger to the port itself. Per Engström, who speaks for the four terminal operators, said more than a dozen shipping lines had already moved some of their calls to other harbours.

“I understand the fear in this town, I really do,” Engström said. “But the biggest threat to these jobs is not a crane. It is a port that customers no longer trust.”

In the bakery, Svensson is less sure. Business has fallen by half since the strike began, she said, but nobody has asked her to take sides.

“People come in, they buy bread, they talk about the strike,” she said. “Nobody talks about anything else.”',360);
INSERT INTO "articles" VALUES(7,6,0,4,'Ferry that hit Vessoy reef had been warned about winds, crew members say','Skarva Lines faces questions over why the Nordlys sailed from Kestrel Bay in a gale, as all 212 on board are brought safely ashore','Tobias Lind',NULL,'2026-03-10T18:30:00Z',NULL,NULL,'Crew members on the Nordlys, the ferry that ran aground on the Hestskjaer reef off Vessoy in the early hours of Tuesday, say the ship left Kestrel Bay despite a gale warning that other operators had heeded.

Two crew members, who asked not to be named because they were not authorised to speak, said the captain had been told the crossing could go ahead.

“Every passenger and every member of the crew is accounted for,” said coastguard commander Elin Varga, praising the fishing crews from Vessoy who reached the ferry before her own boats.

In a statement, Skarva Lines said: “We are cooperating fully with the investigators and we will not speculate about the cause until their work is done.”

Lise Moen, who chairs the island council, said residents had feared such an accident for years. “That reef has taken boats since my grandmother’s time,” she said. “The marker light has been broken since the autumn.”

The maritime accident board is expected to publish a first report within a month.',170);
INSERT INTO "articles" VALUES(8,7,0,5,'Indian Seafarers Stranded Off Baltic Port as Dock Strike Drags On','Crews of at least six ships waiting outside the Port of Lindholm include more than 90 Indian sailors.',NULL,'World',NULL,NULL,NULL,'More than 90 Indian seafarers are among the crews of container ships stuck at anchor outside the Port of Lindholm, where a dockworkers'' strike has halted most cargo handling for more than a week, shipping agents said on Thursday.

The sailors are in no danger, but several crews have been at sea for longer than their contracts allow, and fresh water and food are being delivered by supply boats, according to two agents familiar with the vessels.

The strike was called by the Baltic Dockworkers'' Federation over plans to automate the port''s new eastern terminal, a move the union says will eliminate hundreds of jobs.

Port officials said crew changes would be allowed for ships waiting longer than 14 days, and that sailors with medical needs were being brought ashore by launch. The union said its members would not block any crew change or medical evacuation.

Mira Kowalczik, chair of the Baltic Dockworkers'' Federation said on Twitter:

Our dispute is with the terminal operators, not with the seafarers. Any sailor who needs to go home or see a doctor will pass our picket lines with our help.

The Lindholm Port Authority, which manages the anchorage, issued a statement, saying:

All vessels at anchor are being supplied with provisions and fresh water. No crew member has been denied medical care, and none will be.

An official at the Directorate General of Shipping in Mumbai said the agency was in touch with the ship managers and the families of the crew members. Families in Kerala and Goa said their relatives had been able to call home.

Ravi Menon, a second officer on one of the waiting ships, told reporters by phone that morale was "holding up" but that the crew was tired of the uncertainty.

Seafarers'' welfare groups said the case showed how little protection crews have when a dispute ashore leaves them stuck at sea.

Sailors always pay for disputes they have nothing to do with. They cannot join the strike and they cannot leave the ship. Every day at anchor is a day they are away from their families without any end in sight.

Anita Desouza, Secretary, Seafarers'' Welfare Forum, Mumbai.

Desouza said the forum had written to the shipping ministry asking it to press for priority crew changes for Indian nationals.

Kowalczik said:

We have offered to go back to the table every day since this started. The only thing we will not do is sign away the jobs of the next generation of dockworkers.

Talks between the union and the employers are expected to resume next week with the help of a state mediator.',436);
INSERT INTO "articles" VALUES(9,8,0,6,'Lindholm dockworkers agree to mediation as strike costs mount',NULL,'Ingrid Solberg, Pavel Nowak','Europe','2026-03-05T16:18:00Z',NULL,NULL,'LINDHOLM, March 5 (Reuters) - Striking dockworkers at the Port of Lindholm agreed on Thursday to enter talks led by a state mediator, the first sign of movement in a nine-day dispute that has idled dozens of container ships and disrupted supply chains across northern Europe.

The Baltic Dockworkers'' Federation said its negotiators would meet mediator Lotte Brandvold on Friday morning, but that members would stay on the picket lines until a deal was put to a vote.

"Talking is not the same as agreeing," Mira Kowalczyk, the union''s chair, told Reuters at the port''s main gate. "We will listen to what the mediator has to say, and then we will listen to our members."

The employers'' association, which represents the four companies that operate the port''s terminals, welcomed the decision.

"We have been ready for mediation since the first day," the association said in a statement. "We hope the union now understands that the eastern terminal cannot be run the way ports were run in the 1980s."

The dispute centres on plans to operate most cranes at the new eastern terminal remotely from a control building, a change the union says would eliminate about 1,500 jobs by the end of the decade.

"The figure the union keeps repeating," said Per Engström, the association''s chief executive, "has never been supported by a single study." He said the real number of jobs at risk was below 400 and that most workers would be retrained.

Kowalczyk rejected that estimate, saying the association had counted only permanent staff and ignored hundreds of contract workers.

Transport Minister Anders Holmqvist said the government would not take sides but would "make every resource available" to the mediator.

The strike is costing the economy about 30 million euros ($32.5 million) a day, according to finance ministry estimates, and economists have warned that a dispute lasting into April could shave a tenth of a percentage point off first-quarter growth.

"The damage so far is recoverable," said Annika Berg, chief economist at Nordhavn Bank in Copenhagen. "The risk is that shippers decide Lindholm is unreliable and move their contracts for good. That kind of damage lasts for years."

More than 40 vessels were waiting at anchor on Thursday, according to ship-tracking data, down from a peak of 47 earlier in the week as some carriers sent their ships to other ports.',392);
INSERT INTO "articles" VALUES(10,9,0,6,'Ferry with 212 aboard runs aground off Vessoy island, all rescued',NULL,'Pavel Nowak',NULL,'2026-03-10T07:42:00Z',NULL,NULL,'VESSOY, March 10 (Reuters) - A passenger ferry carrying 212 people ran aground on a reef off the island of Vessoy before dawn on Tuesday, and coastguard boats and fishing vessels took everyone off in a rescue that lasted nearly four hours.

The Nordlys, operated by Skarva Lines, struck the Hestskjaer reef shortly after 3 a.m. in strong winds on its overnight crossing from Kestrel Bay, the coastguard said.

"Every passenger and every member of the crew is accounted for, and no one is seriously hurt," coastguard commander Elin Varga told Reuters at the harbour in Vessoy. Eleven people were treated for cold and minor injuries.

Skarva Lines said it had suspended the route while the vessel was inspected. The company had only resumed the crossing on Monday after a three-day strike by its deck crews.

"We are cooperating fully with the investigators and we will not speculate about the cause until their work is done," the company said in a statement.

The maritime accident board said it had sent a team to the island and would examine the ferry''s navigation records and the weather reports given to its crew.

Fuel was not leaking from the hull, Varga said, but a containment boom had been laid around the ferry as a precaution.',212);
INSERT INTO "articles" VALUES(11,10,0,7,'Baltic Ministers Agree on Joint Port Inspections as Lindholm Strike Continues','Transport ministers from five Baltic states have agreed to coordinate inspections of cargo diverted away from the strike-bound Port of Lindholm. But Transport Minister Anders Holmquist says the agreement does not mean governments will step into the labor dispute.',NULL,NULL,NULL,NULL,NULL,'Transport ministers from five Baltic states agreed Thursday to pool customs and safety inspectors so that ships diverted from the Port of Lindholm can be cleared faster at smaller harbors that are struggling to cope with the extra traffic.

Transport Minister Anders Holmquist told public broadcaster Radio Nord on Thursday, “What we agreed today is practical. Inspectors will move to where the ships are, not the other way around."

He added, "This is not a plan to break the strike. It is a plan to make sure that medicine and food reach people who need them.”

Holmquist declined to say how many inspectors would be moved or for how long. “We will adjust the numbers every week, depending on what we see in the ports,” he said.

The strike at Lindholm, one of the busiest container ports in the region, began nine days ago after talks between the Baltic Dockworkers'' Federation and the port''s terminal operators broke down over the use of remote-operated cranes.

Union chair Mira Kowalczyk welcomed the inspection agreement but said it changed nothing at the negotiating table. She wrote on her Twitter account, "Faster inspections in other ports are fine. Our members are still outside the gates of Lindholm, and that is where this will be decided."

The head of the employers'' association, Per Engström, accused the union of holding the regional economy hostage and urged the government to appoint a mediator with the power to propose a binding settlement.

When Kowalczyk was asked at a rally whether she would accept binding mediation, she shouted over the crowd and said, "Nobody binds us to anything we have not voted for. Not the employers, not the ministry, not ‘the market.’ Our members decide.”

“The rally was peaceful,” a police spokesman said after the crowd dispersed. “There were no arrests.”

Shipping analysts say the diversions have already added several days to delivery times across northern Europe. A study by a Copenhagen consultancy last week warned that ports receiving the diverted ships were “operating at the edge of their capacity” and that a second strike elsewhere could bring regional trade to a near standstill.

As the dispute entered its second week, the ministry''s chief economist, Sofia Lindqvist, said the strike was costing the economy about 30 million euros a day. "That is a large number, but it is not yet a crisis. The question is how long this lasts, and nobody can answer that today.”',406);
INSERT INTO "articles" VALUES(12,11,0,8,'Baltic dock strike: Israeli shipper ‘rerouting’ Europe cargo as backlog grows','An Israeli container line says its Europe-bound customers will see delays of up to a week, ‘regretting’ the disruption caused by a strike it has no part in.','World Israel News Staff',NULL,NULL,NULL,NULL,'Israeli shipping company Carmel Line is diverting cargo away from the strike-bound Port of Lindholm, warning customers that deliveries of Israeli produce and pharmaceuticals to northern Europe could be delayed by up to a week.

According to a Reuters report, more than 40 vessels are waiting at anchor outside Lindholm, where dockworkers walked off the job nine days ago in a dispute over automation at the port’s new eastern terminal.

Carmel Line, which runs a weekly service between Haifa and the Baltic, said in a notice to customers that two of its ships had been sent to alternative ports and that a third was “holding position” until the situation became clearer.

“We deeply regret the inconvenience to our customers, and we are doing everything in our power to keep Israeli goods moving,” the company said.

“Our teams in Haifa and in Europe are working around the clock with rail and trucking partners, and we expect to publish a revised schedule within 48 hours.”

Israeli exporters of fresh herbs and flowers, which must reach European markets within days, are expected to be hit hardest. An official at the Israeli Export Institute described the situation as “worrying but manageable” and said exporters had been advised to book air freight for their most perishable goods.

The strike is being led by the Baltic Dockworkers’ Federation, whose chair, Mira Kowalczik, has vowed that her members will not return “on a promise.” The union argues that the automation plan will cost hundreds of jobs.

Employers at the port have called the union’s demands unrealistic, and the country’s transport minister has so far refused to intervene directly, saying that the two sides must “find their own way back to the table.”

Israel’s Economy Ministry said it was monitoring the situation and was in contact with shipping companies and exporters.

“There is no shortage of any essential product in Israel as a result of the strike, and there is no expected shortage,” the ministry said in a statement, adding that the disruption affected exports far more than imports.

Industry sources told World Israel News that Israeli shippers had learned from previous crises at European ports and had built more flexibility into their schedules, though they acknowledged that a strike lasting beyond the end of the month would be “a different story.”',384);
CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('text', 'bullet', 'subhead', 'blockquote')),
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
INSERT INTO "paragraphs" VALUES(1,0,'text','LINDHOLM (AP) — The pension fund that covers about 9,000 current and retired dockworkers at the Port of Lindholm has emerged as an unexpected issue in the strike that has shut most of the port for more than a week, with both sides accusing the other of putting retirees’ money at risk.');
INSERT INTO "paragraphs" VALUES(1,1,'text','The fund depends on contributions tied to the number of hours worked on the docks. Fewer hours, its trustees warned in a letter to both sides this week, would mean lower contributions for years to come.');
INSERT INTO "paragraphs" VALUES(1,2,'text','“The arithmetic is simple,” said Jonas Kowalczyk, an economist at the Maritime Labour Institute who has studied port pension schemes across Europe. “Automation reduces hours. Fewer hours means less money going in, while the people drawing pensions are still there.”');
INSERT INTO "paragraphs" VALUES(1,3,'text','Jonas Kowalczyk, who is not related to the union’s chair, said similar funds in two other European ports had been forced to cut benefits after terminals were automated.');
INSERT INTO "paragraphs" VALUES(1,4,'text','The trustees’ letter, dated Feb. 27, asked both the union and the employers to include the fund in any settlement. It did not take a side in the dispute.');
INSERT INTO "paragraphs" VALUES(1,5,'text','The employers say they have offered to top up the fund for ten years after the eastern terminal opens. “That offer has been on the table for a month,” said Per Engström, who heads the employers’ association. “Nobody has even asked us about the details.”');
INSERT INTO "paragraphs" VALUES(1,6,'text','The Baltic Dockworkers’ Federation says ten years is not enough.');
INSERT INTO "paragraphs" VALUES(1,7,'text','“Our youngest members will be paying into this fund for forty years,” union chair Mira Kowalczyk told The Associated Press. “A guarantee that ends in ten is not a guarantee, it is a countdown.”');
INSERT INTO "paragraphs" VALUES(1,8,'text','Mediation between the two sides began on Friday and was expected to continue through the weekend, according to the mediator’s office.');
INSERT INTO "paragraphs" VALUES(1,9,'text','Retired crane driver Lars Pettersson, 71, said he had followed every twist of the dispute on the radio.');
INSERT INTO "paragraphs" VALUES(1,10,'text','“I do not care who wins,” he said. “I care that the money I put in for 40 years is still there when my wife needs it.”');
INSERT INTO "paragraphs" VALUES(2,0,'text','VESSOY (AP) — Passengers on the ferry Nordlys said they waited in the dark on a tilting deck for more than an hour before the first rescue boats reached them, after the ship ran onto the Hestskjaer reef off Vessoy early Tuesday.');
INSERT INTO "paragraphs" VALUES(2,1,'text','All 212 people on board were brought ashore, the coastguard said.');
INSERT INTO "paragraphs" VALUES(2,2,'text','“Every passenger and every member of the crew is accounted for, and no one is seriously hurt,” coastguard commander Elin Varga said at a briefing in the island’s harbour.');
INSERT INTO "paragraphs" VALUES(2,3,'text','Jorunn Falk, a nurse travelling home from Kestrel Bay, said the lights went out seconds after a long scraping noise. “People were calm, mostly. The children were the calmest of all,” she said.');
INSERT INTO "paragraphs" VALUES(2,4,'text','Skarva Lines, which runs the route, said it was “cooperating fully with the investigation” and would not speculate on the cause until that work was complete.');
INSERT INTO "paragraphs" VALUES(2,5,'text','Fishing crews from Vessoy joined the coastguard in ferrying people to shore in small groups.');
INSERT INTO "paragraphs" VALUES(2,6,'text','“We heard it on the radio and just went,” said fisherman Odd Reinholt, 64. “You do not wait for permission on a night like that.”');
INSERT INTO "paragraphs" VALUES(3,0,'text','Shipping lines based in the Gulf have begun diverting Europe-bound containers away from the Port of Lindholm, where a strike by dockworkers has left dozens of vessels idle and pushed freight rates to their highest level in two years.');
INSERT INTO "paragraphs" VALUES(3,1,'text','Executives at two regional carriers told Asharq Al-Awsat that cargo originally booked for Lindholm was being unloaded at smaller ports further south and moved north by rail and truck, adding between four and six days to delivery times.');
INSERT INTO "paragraphs" VALUES(3,2,'text','The strike, called by the Baltic Dockworkers’ Federation over plans to automate the port’s new eastern terminal, has also delayed shipments of petrochemicals and fertiliser from the Gulf to Scandinavian buyers.');
INSERT INTO "paragraphs" VALUES(3,3,'text','An internal assessment prepared for one of the carriers, a copy of which was seen by Asharq Al-Awsat, warned that "if the stoppage continues beyond the end of the month, the backlog at alternative ports will itself become the bottleneck, and the costs of the diversion will exceed the value of the contracts being protected."');
INSERT INTO "paragraphs" VALUES(3,4,'text','Union chair Mira Kowalczyk has said her members are ready to stay out "for as long as it takes," while the port’s employers insist the automation plan is not negotiable.');
INSERT INTO "paragraphs" VALUES(3,5,'text','The Lindholm Port Authority said it was giving priority to vessels carrying food and medicine and described the situation in the harbour as “under control.”');
INSERT INTO "paragraphs" VALUES(3,6,'text','Industry analysts said Gulf carriers were better placed than most to absorb the disruption, having expanded their rail partnerships in Europe during earlier supply chain crises.');
INSERT INTO "paragraphs" VALUES(3,7,'text','"We have learned to keep a second and a third route open at all times," said Faisal Al-Harbi, operations director at a Dammam-based logistics firm. "Nobody in this business can afford to depend on a single gate anymore."');
INSERT INTO "paragraphs" VALUES(3,8,'text','He added that the company had not yet passed the extra costs on to its customers but would review its prices next month.');
INSERT INTO "paragraphs" VALUES(4,0,'text','Farmers in the Jordan Valley said on Monday that an unusual late frost had damaged thousands of young date palms, threatening a harvest that had been expected to be the largest in a decade.');
INSERT INTO "paragraphs" VALUES(4,1,'text','Temperatures in parts of the valley, which lies below sea level and rarely sees frost, fell below zero for three consecutive nights, according to the Jordan Meteorological Department.');
INSERT INTO "paragraphs" VALUES(4,2,'text','"I have farmed this land for thirty years and I have never seen the fronds burn like this," said Khaled Odeibat, who grows Medjool dates on a plantation near South Shuneh. "The old trees will survive, but the young ones we planted two years ago are finished."');
INSERT INTO "paragraphs" VALUES(4,3,'text','The Ministry of Agriculture said teams had begun surveying the damage and that a full assessment would be ready within two weeks.');
INSERT INTO "paragraphs" VALUES(4,4,'text','“We will not leave the farmers alone with these losses,” ministry spokesperson Lina Habashneh told reporters. “Compensation will be paid according to the size of the damage on every farm.”');
INSERT INTO "paragraphs" VALUES(4,5,'subhead','INSURANCE CLAIMS');
INSERT INTO "paragraphs" VALUES(4,6,'text','Farmers’ associations said most small growers had no crop insurance and would depend on the government fund for natural disasters, which they described as "slow and underfunded."');
INSERT INTO "paragraphs" VALUES(4,7,'text','Samer Khreisat, head of a cooperative representing about 200 growers, said exporters were already asking whether contracts for the coming season would be honoured.');
INSERT INTO "paragraphs" VALUES(4,8,'text','"The buyers in the Gulf are patient with us, but they have their own customers," Khreisat said. "If we cannot tell them by April what we can deliver, they will look elsewhere."');
INSERT INTO "paragraphs" VALUES(4,9,'text','Date exports have grown rapidly over the past decade and have become one of the kingdom’s most valuable agricultural products.');
INSERT INTO "paragraphs" VALUES(5,0,'text','A strike by more than 6,000 dockworkers at the Port of Lindholm entered its ninth day on Wednesday, leaving at least 40 container ships waiting at anchor and stranding auto parts and medical supplies bound for factories across northern Europe, port officials said.');
INSERT INTO "paragraphs" VALUES(5,1,'text','Why it matters: Lindholm handles roughly a fifth of the container traffic entering the Baltic, and a long stoppage could ripple through manufacturers that have little inventory left after a winter of shipping delays.');
INSERT INTO "paragraphs" VALUES(5,2,'bullet','Freight forwarders told Axios that spot rates for containers rerouted through neighboring ports have roughly doubled since the walkout began.');
INSERT INTO "paragraphs" VALUES(5,3,'bullet','Two carmakers have warned suppliers that their assembly lines could slow "within days, not weeks."');
INSERT INTO "paragraphs" VALUES(5,4,'text','Driving the news: Talks between the dockworkers'' union and the port''s terminal operators broke off late Tuesday after the employers rejected a proposal to cap the use of remote-operated cranes at the new eastern terminal.');
INSERT INTO "paragraphs" VALUES(5,5,'bullet','"We came to the table with a compromise and they walked away from it," Mira Kowalczyk, chair of the Baltic Dockworkers'' Federation, said in a statement. "Our members are not going back to work on a promise."');
INSERT INTO "paragraphs" VALUES(5,6,'bullet','The Lindholm Port Employers'' Association said the union''s demands "would freeze the port in the last century" and that it remained open to mediation.');
INSERT INTO "paragraphs" VALUES(5,7,'text','Between the lines: The dispute is less about pay than about who controls the terminals of the future.');
INSERT INTO "paragraphs" VALUES(5,8,'bullet','Workers on the picket lines call the remote-operated machines “ghost cranes,” and the phrase is painted on banners outside every gate.');
INSERT INTO "paragraphs" VALUES(5,9,'bullet','Kowalczyk has argued that the automation plan would eliminate close to 1,500 jobs by 2030. The employers put the figure at under 400.');
INSERT INTO "paragraphs" VALUES(5,10,'text','What they''re saying: Transport Minister Anders Holmqvist told reporters on Tuesday that the government would not impose a settlement "as long as both sides are still talking to each other."');
INSERT INTO "paragraphs" VALUES(5,11,'bullet','“I am not going to negotiate on behalf of either party in front of the cameras,” Holmqvist said. He added that the cabinet was “watching the situation hour by hour.”');
INSERT INTO "paragraphs" VALUES(5,12,'bullet','The Lindholm Port Authority said emergency cargo, including medicines, was being cleared by a skeleton crew. "No vessel carrying humanitarian supplies has been turned away," the authority said in a statement.');
INSERT INTO "paragraphs" VALUES(5,13,'text','The other side: Employers say the eastern terminal was designed around automation from the start and that reversing course now would cost far more than the strike itself.');
INSERT INTO "paragraphs" VALUES(5,14,'bullet','"Every week this goes on, cargo learns to go somewhere else, and some of it will never come back," said Per Engström, the association''s chief executive.');
INSERT INTO "paragraphs" VALUES(5,15,'text','What''s next: A state mediator, Lotte Brandvold, is expected to meet both sides separately on Thursday, two officials familiar with the plans told Axios.');
INSERT INTO "paragraphs" VALUES(6,0,'text','On the hill above the Port of Lindholm, where the container stacks stand motionless for a tenth day, Birgit Svensson points out the houses of the people she grew up with. Almost every one, she says, belongs to a family with someone on the docks.');
INSERT INTO "paragraphs" VALUES(6,1,'text','“My father drove a straddle carrier, my husband drives one now, and my son wanted to,” said Svensson, 58, who runs a bakery two streets from the main gate. “If the cranes are driven from an office, what is left for him here?”');
INSERT INTO "paragraphs" VALUES(6,2,'text','The strike, called by the Baltic Dockworkers’ Federation over plans to run most cranes at the port’s new eastern terminal from a remote control room, has become a test of how far automation can be pushed in Europe’s working ports.');
INSERT INTO "paragraphs" VALUES(6,3,'subhead','‘We are not against the future’');
INSERT INTO "paragraphs" VALUES(6,4,'text','Mira Kowalczyk, the union’s chair, has spent most of the strike at the gate, under a hand-painted banner demanding that the eastern terminal stay in human hands.');
INSERT INTO "paragraphs" VALUES(6,5,'text','“We are not against the future,” she said. “We are against a future that is decided in a boardroom and delivered to us in a letter.”');
INSERT INTO "paragraphs" VALUES(6,6,'text','Kowalczyk, who started as a lasher at 19, said the union had offered to accept remote operation on some cranes in return for guarantees on staffing. The employers turned the offer down on Tuesday.');
INSERT INTO "paragraphs" VALUES(6,7,'text','“It was a serious offer,” she said, “and they did not even take it home to read it.”');
INSERT INTO "paragraphs" VALUES(6,8,'subhead','‘Every week, cargo learns to go elsewhere’');
INSERT INTO "paragraphs" VALUES(6,9,'text','The employers say the union underestimates the danger to the port itself. Per Engström, who speaks for the four terminal operators, said more than a dozen shipping lines had already moved some of their calls to other harbours.');
INSERT INTO "paragraphs" VALUES(6,10,'text','“I understand the fear in this town, I really do,” Engström said. “But the biggest threat to these jobs is not a crane. It is a port that customers no longer trust.”');
INSERT INTO "paragraphs" VALUES(6,11,'text','In the bakery, Svensson is less sure. Business has fallen by half since the strike began, she said, but nobody has asked her to take sides.');
INSERT INTO "paragraphs" VALUES(6,12,'text','“People come in, they buy bread, they talk about the strike,” she said. “Nobody talks about anything else.”');
INSERT INTO "paragraphs" VALUES(7,0,'text','Crew members on the Nordlys, the ferry that ran aground on the Hestskjaer reef off Vessoy in the early hours of Tuesday, say the ship left Kestrel Bay despite a gale warning that other operators had heeded.');
INSERT INTO "paragraphs" VALUES(7,1,'text','Two crew members, who asked not to be named because they were not authorised to speak, said the captain had been told the crossing could go ahead.');
INSERT INTO "paragraphs" VALUES(7,2,'text','“Every passenger and every member of the crew is accounted for,” said coastguard commander Elin Varga, praising the fishing crews from Vessoy who reached the ferry before her own boats.');
INSERT INTO "paragraphs" VALUES(7,3,'text','In a statement, Skarva Lines said: “We are cooperating fully with the investigators and we will not speculate about the cause until their work is done.”');
INSERT INTO "paragraphs" VALUES(7,4,'text','Lise Moen, who chairs the island council, said residents had feared such an accident for years. “That reef has taken boats since my grandmother’s time,” she said. “The marker light has been broken since the autumn.”');
INSERT INTO "paragraphs" VALUES(7,5,'text','The maritime accident board is expected to publish a first report within a month.');
INSERT INTO "paragraphs" VALUES(8,0,'text','More than 90 Indian seafarers are among the crews of container ships stuck at anchor outside the Port of Lindholm, where a dockworkers'' strike has halted most cargo handling for more than a week, shipping agents said on Thursday.');
INSERT INTO "paragraphs" VALUES(8,1,'text','The sailors are in no danger, but several crews have been at sea for longer than their contracts allow, and fresh water and food are being delivered by supply boats, according to two agents familiar with the vessels.');
INSERT INTO "paragraphs" VALUES(8,2,'text','The strike was called by the Baltic Dockworkers'' Federation over plans to automate the port''s new eastern terminal, a move the union says will eliminate hundreds of jobs.');
INSERT INTO "paragraphs" VALUES(8,3,'text','Port officials said crew changes would be allowed for ships waiting longer than 14 days, and that sailors with medical needs were being brought ashore by launch. The union said its members would not block any crew change or medical evacuation.');
INSERT INTO "paragraphs" VALUES(8,4,'text','Mira Kowalczik, chair of the Baltic Dockworkers'' Federation said on Twitter:');
INSERT INTO "paragraphs" VALUES(8,5,'blockquote','Our dispute is with the terminal operators, not with the seafarers. Any sailor who needs to go home or see a doctor will pass our picket lines with our help.');
INSERT INTO "paragraphs" VALUES(8,6,'text','The Lindholm Port Authority, which manages the anchorage, issued a statement, saying:');
INSERT INTO "paragraphs" VALUES(8,7,'blockquote','All vessels at anchor are being supplied with provisions and fresh water. No crew member has been denied medical care, and none will be.');
INSERT INTO "paragraphs" VALUES(8,8,'text','An official at the Directorate General of Shipping in Mumbai said the agency was in touch with the ship managers and the families of the crew members. Families in Kerala and Goa said their relatives had been able to call home.');
INSERT INTO "paragraphs" VALUES(8,9,'text','Ravi Menon, a second officer on one of the waiting ships, told reporters by phone that morale was "holding up" but that the crew was tired of the uncertainty.');
INSERT INTO "paragraphs" VALUES(8,10,'text','Seafarers'' welfare groups said the case showed how little protection crews have when a dispute ashore leaves them stuck at sea.');
INSERT INTO "paragraphs" VALUES(8,11,'blockquote','Sailors always pay for disputes they have nothing to do with. They cannot join the strike and they cannot leave the ship. Every day at anchor is a day they are away from their families without any end in sight.');
INSERT INTO "paragraphs" VALUES(8,12,'text','Anita Desouza, Secretary, Seafarers'' Welfare Forum, Mumbai.');
INSERT INTO "paragraphs" VALUES(8,13,'text','Desouza said the forum had written to the shipping ministry asking it to press for priority crew changes for Indian nationals.');
INSERT INTO "paragraphs" VALUES(8,14,'text','Kowalczik said:');
INSERT INTO "paragraphs" VALUES(8,15,'blockquote','We have offered to go back to the table every day since this started. The only thing we will not do is sign away the jobs of the next generation of dockworkers.');
INSERT INTO "paragraphs" VALUES(8,16,'text','Talks between the union and the employers are expected to resume next week with the help of a state mediator.');
INSERT INTO "paragraphs" VALUES(9,0,'text','LINDHOLM, March 5 (Reuters) - Striking dockworkers at the Port of Lindholm agreed on Thursday to enter talks led by a state mediator, the first sign of movement in a nine-day dispute that has idled dozens of container ships and disrupted supply chains across northern Europe.');
INSERT INTO "paragraphs" VALUES(9,1,'text','The Baltic Dockworkers'' Federation said its negotiators would meet mediator Lotte Brandvold on Friday morning, but that members would stay on the picket lines until a deal was put to a vote.');
INSERT INTO "paragraphs" VALUES(9,2,'text','"Talking is not the same as agreeing," Mira Kowalczyk, the union''s chair, told Reuters at the port''s main gate. "We will listen to what the mediator has to say, and then we will listen to our members."');
INSERT INTO "paragraphs" VALUES(9,3,'text','The employers'' association, which represents the four companies that operate the port''s terminals, welcomed the decision.');
INSERT INTO "paragraphs" VALUES(9,4,'text','"We have been ready for mediation since the first day," the association said in a statement. "We hope the union now understands that the eastern terminal cannot be run the way ports were run in the 1980s."');
INSERT INTO "paragraphs" VALUES(9,5,'text','The dispute centres on plans to operate most cranes at the new eastern terminal remotely from a control building, a change the union says would eliminate about 1,500 jobs by the end of the decade.');
INSERT INTO "paragraphs" VALUES(9,6,'text','"The figure the union keeps repeating," said Per Engström, the association''s chief executive, "has never been supported by a single study." He said the real number of jobs at risk was below 400 and that most workers would be retrained.');
INSERT INTO "paragraphs" VALUES(9,7,'text','Kowalczyk rejected that estimate, saying the association had counted only permanent staff and ignored hundreds of contract workers.');
INSERT INTO "paragraphs" VALUES(9,8,'text','Transport Minister Anders Holmqvist said the government would not take sides but would "make every resource available" to the mediator.');
INSERT INTO "paragraphs" VALUES(9,9,'text','The strike is costing the economy about 30 million euros ($32.5 million) a day, according to finance ministry estimates, and economists have warned that a dispute lasting into April could shave a tenth of a percentage point off first-quarter growth.');
INSERT INTO "paragraphs" VALUES(9,10,'text','"The damage so far is recoverable," said Annika Berg, chief economist at Nordhavn Bank in Copenhagen. "The risk is that shippers decide Lindholm is unreliable and move their contracts for good. That kind of damage lasts for years."');
INSERT INTO "paragraphs" VALUES(9,11,'text','More than 40 vessels were waiting at anchor on Thursday, according to ship-tracking data, down from a peak of 47 earlier in the week as some carriers sent their ships to other ports.');
INSERT INTO "paragraphs" VALUES(10,0,'text','VESSOY, March 10 (Reuters) - A passenger ferry carrying 212 people ran aground on a reef off the island of Vessoy before dawn on Tuesday, and coastguard boats and fishing vessels took everyone off in a rescue that lasted nearly four hours.');
INSERT INTO "paragraphs" VALUES(10,1,'text','The Nordlys, operated by Skarva Lines, struck the Hestskjaer reef shortly after 3 a.m. in strong winds on its overnight crossing from Kestrel Bay, the coastguard said.');
INSERT INTO "paragraphs" VALUES(10,2,'text','"Every passenger and every member of the crew is accounted for, and no one is seriously hurt," coastguard commander Elin Varga told Reuters at the harbour in Vessoy. Eleven people were treated for cold and minor injuries.');
INSERT INTO "paragraphs" VALUES(10,3,'text','Skarva Lines said it had suspended the route while the vessel was inspected. The company had only resumed the crossing on Monday after a three-day strike by its deck crews.');
INSERT INTO "paragraphs" VALUES(10,4,'text','"We are cooperating fully with the investigators and we will not speculate about the cause until their work is done," the company said in a statement.');
INSERT INTO "paragraphs" VALUES(10,5,'text','The maritime accident board said it had sent a team to the island and would examine the ferry''s navigation records and the weather reports given to its crew.');
INSERT INTO "paragraphs" VALUES(10,6,'text','Fuel was not leaking from the hull, Varga said, but a containment boom had been laid around the ferry as a precaution.');
INSERT INTO "paragraphs" VALUES(11,0,'text','Transport ministers from five Baltic states agreed Thursday to pool customs and safety inspectors so that ships diverted from the Port of Lindholm can be cleared faster at smaller harbors that are struggling to cope with the extra traffic.');
INSERT INTO "paragraphs" VALUES(11,1,'text','Transport Minister Anders Holmquist told public broadcaster Radio Nord on Thursday, “What we agreed today is practical. Inspectors will move to where the ships are, not the other way around."');
INSERT INTO "paragraphs" VALUES(11,2,'text','He added, "This is not a plan to break the strike. It is a plan to make sure that medicine and food reach people who need them.”');
INSERT INTO "paragraphs" VALUES(11,3,'text','Holmquist declined to say how many inspectors would be moved or for how long. “We will adjust the numbers every week, depending on what we see in the ports,” he said.');
INSERT INTO "paragraphs" VALUES(11,4,'text','The strike at Lindholm, one of the busiest container ports in the region, began nine days ago after talks between the Baltic Dockworkers'' Federation and the port''s terminal operators broke down over the use of remote-operated cranes.');
INSERT INTO "paragraphs" VALUES(11,5,'text','Union chair Mira Kowalczyk welcomed the inspection agreement but said it changed nothing at the negotiating table. She wrote on her Twitter account, "Faster inspections in other ports are fine. Our members are still outside the gates of Lindholm, and that is where this will be decided."');
INSERT INTO "paragraphs" VALUES(11,6,'text','The head of the employers'' association, Per Engström, accused the union of holding the regional economy hostage and urged the government to appoint a mediator with the power to propose a binding settlement.');
INSERT INTO "paragraphs" VALUES(11,7,'text','When Kowalczyk was asked at a rally whether she would accept binding mediation, she shouted over the crowd and said, "Nobody binds us to anything we have not voted for. Not the employers, not the ministry, not ‘the market.’ Our members decide.”');
INSERT INTO "paragraphs" VALUES(11,8,'text','“The rally was peaceful,” a police spokesman said after the crowd dispersed. “There were no arrests.”');
INSERT INTO "paragraphs" VALUES(11,9,'text','Shipping analysts say the diversions have already added several days to delivery times across northern Europe. A study by a Copenhagen consultancy last week warned that ports receiving the diverted ships were “operating at the edge of their capacity” and that a second strike elsewhere could bring regional trade to a near standstill.');
INSERT INTO "paragraphs" VALUES(11,10,'text','As the dispute entered its second week, the ministry''s chief economist, Sofia Lindqvist, said the strike was costing the economy about 30 million euros a day. "That is a large number, but it is not yet a crisis. The question is how long this lasts, and nobody can answer that today.”');
INSERT INTO "paragraphs" VALUES(12,0,'text','Israeli shipping company Carmel Line is diverting cargo away from the strike-bound Port of Lindholm, warning customers that deliveries of Israeli produce and pharmaceuticals to northern Europe could be delayed by up to a week.');
INSERT INTO "paragraphs" VALUES(12,1,'text','According to a Reuters report, more than 40 vessels are waiting at anchor outside Lindholm, where dockworkers walked off the job nine days ago in a dispute over automation at the port’s new eastern terminal.');
INSERT INTO "paragraphs" VALUES(12,2,'text','Carmel Line, which runs a weekly service between Haifa and the Baltic, said in a notice to customers that two of its ships had been sent to alternative ports and that a third was “holding position” until the situation became clearer.');
INSERT INTO "paragraphs" VALUES(12,3,'text','“We deeply regret the inconvenience to our customers, and we are doing everything in our power to keep Israeli goods moving,” the company said.');
INSERT INTO "paragraphs" VALUES(12,4,'text','“Our teams in Haifa and in Europe are working around the clock with rail and trucking partners, and we expect to publish a revised schedule within 48 hours.”');
INSERT INTO "paragraphs" VALUES(12,5,'text','Israeli exporters of fresh herbs and flowers, which must reach European markets within days, are expected to be hit hardest. An official at the Israeli Export Institute described the situation as “worrying but manageable” and said exporters had been advised to book air freight for their most perishable goods.');
INSERT INTO "paragraphs" VALUES(12,6,'text','The strike is being led by the Baltic Dockworkers’ Federation, whose chair, Mira Kowalczik, has vowed that her members will not return “on a promise.” The union argues that the automation plan will cost hundreds of jobs.');
INSERT INTO "paragraphs" VALUES(12,7,'text','Employers at the port have called the union’s demands unrealistic, and the country’s transport minister has so far refused to intervene directly, saying that the two sides must “find their own way back to the table.”');
INSERT INTO "paragraphs" VALUES(12,8,'text','Israel’s Economy Ministry said it was monitoring the situation and was in contact with shipping companies and exporters.');
INSERT INTO "paragraphs" VALUES(12,9,'text','“There is no shortage of any essential product in Israel as a result of the strike, and there is no expected shortage,” the ministry said in a statement, adding that the disruption affected exports far more than imports.');
INSERT INTO "paragraphs" VALUES(12,10,'text','Industry sources told World Israel News that Israeli shippers had learned from previous crises at European ports and had built more flexibility into their schedules, though they acknowledged that a strike lasting beyond the end of the month would be “a different story.”');
CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
INSERT INTO "authors" VALUES(1,'Karin Ahlgren');
INSERT INTO "authors" VALUES(2,'David Moss');
INSERT INTO "authors" VALUES(3,'Helen Marsh');
INSERT INTO "authors" VALUES(4,'Tobias Lind');
INSERT INTO "authors" VALUES(5,'Ingrid Solberg');
INSERT INTO "authors" VALUES(6,'Pavel Nowak');
INSERT INTO "authors" VALUES(7,'World Israel News Staff');
CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES authors(id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
INSERT INTO "article_authors" VALUES(1,1,0);
INSERT INTO "article_authors" VALUES(1,2,1);
INSERT INTO "article_authors" VALUES(2,1,0);
INSERT INTO "article_authors" VALUES(6,3,0);
INSERT INTO "article_authors" VALUES(6,4,1);
INSERT INTO "article_authors" VALUES(7,4,0);
INSERT INTO "article_authors" VALUES(9,5,0);
INSERT INTO "article_authors" VALUES(9,6,1);
INSERT INTO "article_authors" VALUES(10,6,0);
INSERT INTO "article_authors" VALUES(12,7,0);
CREATE TABLE captions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    credit     TEXT
);
INSERT INTO "captions" VALUES(1,1,0,'Striking dockworkers listen to a speech outside the Port of Lindholm on Thursday, March 5, 2026.','AP Photo/Erik Norlund');
INSERT INTO "captions" VALUES(2,3,0,'Container ships wait at anchor outside the Port of Lindholm on the ninth day of a dockworkers’ strike','Reuters');
INSERT INTO "captions" VALUES(3,4,0,'A farmer inspects frost-damaged date palm fronds at a plantation near South Shuneh, Jordan, 12 February 2026.','EPA/Omar Qatanani/Anadolu');
INSERT INTO "captions" VALUES(4,5,0,'Container cranes stand idle at the eastern terminal of the Port of Lindholm.','Henrik Dahlgren/AFP via Getty Images');
INSERT INTO "captions" VALUES(5,6,0,'Dockworkers warm themselves at a brazier outside the main gate of the Port of Lindholm.','Anna Rydberg/The Guardian');
INSERT INTO "captions" VALUES(6,6,1,'Union chair Mira Kowalczyk addresses a rally in the port on Wednesday.','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "captions" VALUES(7,7,0,'The Nordlys lies aground on the Hestskjaer reef off Vessoy on Tuesday morning.','Anna Rydberg/The Guardian');
INSERT INTO "captions" VALUES(8,8,0,'Container ships at anchor off the Port of Lindholm.','Reuters');
INSERT INTO "captions" VALUES(9,11,0,'Dockworkers gather at a picket line outside the main gate of the Port of Lindholm, March 3, 2026.','Lindholm Port Authority photo via AP');
INSERT INTO "captions" VALUES(10,11,1,'Union chair Mira Kowalczyk speaks to striking dockworkers at a rally outside the port''s administration building, March 4, 2026, in Lindholm.',NULL);
CREATE TABLE speakers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'unknown'))
);
INSERT INTO "speakers" VALUES(1,'Jonas Kowalczyk','person');
INSERT INTO "speakers" VALUES(2,'Per Engström','person');
INSERT INTO "speakers" VALUES(3,'Mira Kowalczyk','person');
INSERT INTO "speakers" VALUES(4,'Lars Pettersson','person');
INSERT INTO "speakers" VALUES(5,'Elin Varga','person');
INSERT INTO "speakers" VALUES(6,'Jorunn Falk','person');
INSERT INTO "speakers" VALUES(7,'Skarva Lines','organization');
INSERT INTO "speakers" VALUES(8,'Odd Reinholt','person');
INSERT INTO "speakers" VALUES(9,'Lindholm Port Authority','organization');
INSERT INTO "speakers" VALUES(10,'Faisal Al-Harbi','person');
INSERT INTO "speakers" VALUES(11,'Khaled Odeibat','person');
INSERT INTO "speakers" VALUES(12,'Ministry of Agriculture','organization');
INSERT INTO "speakers" VALUES(13,'Lina Habashneh','person');
INSERT INTO "speakers" VALUES(14,'Samer Khreisat','person');
INSERT INTO "speakers" VALUES(15,'Lindholm Port Employers Association','organization');
INSERT INTO "speakers" VALUES(16,'Anders Holmqvist','person');
INSERT INTO "speakers" VALUES(17,'Birgit Svensson','person');
INSERT INTO "speakers" VALUES(18,'Lise Moen','person');
INSERT INTO "speakers" VALUES(19,'Baltic Dockworkers Federation','organization');
INSERT INTO "speakers" VALUES(20,'Ravi Menon','person');
INSERT INTO "speakers" VALUES(21,'Anita Desouza','person');
INSERT INTO "speakers" VALUES(22,'Annika Berg','person');
INSERT INTO "speakers" VALUES(23,'Sofia Lindqvist','person');
INSERT INTO "speakers" VALUES(24,'Carmel Line','organization');
INSERT INTO "speakers" VALUES(25,'Israel’s Economy Ministry','organization');
CREATE TABLE speaker_aliases (
    alias      TEXT NOT NULL UNIQUE,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
);
INSERT INTO "speaker_aliases" VALUES('Jonas Kowalczyk',1);
INSERT INTO "speaker_aliases" VALUES('Per Engström',2);
INSERT INTO "speaker_aliases" VALUES('Mira Kowalczyk',3);
INSERT INTO "speaker_aliases" VALUES('Lars Pettersson',4);
INSERT INTO "speaker_aliases" VALUES('Elin Varga',5);
INSERT INTO "speaker_aliases" VALUES('Jorunn Falk',6);
INSERT INTO "speaker_aliases" VALUES('Skarva Lines',7);
INSERT INTO "speaker_aliases" VALUES('Odd Reinholt',8);
INSERT INTO "speaker_aliases" VALUES('Lindholm Port Authority',9);
INSERT INTO "speaker_aliases" VALUES('Faisal Al-Harbi',10);
INSERT INTO "speaker_aliases" VALUES('Khaled Odeibat',11);
INSERT INTO "speaker_aliases" VALUES('Ministry of Agriculture',12);
INSERT INTO "speaker_aliases" VALUES('Lina Habashneh',13);
INSERT INTO "speaker_aliases" VALUES('Samer Khreisat',14);
INSERT INTO "speaker_aliases" VALUES('Lindholm Port Employers Association',15);
INSERT INTO "speaker_aliases" VALUES('Anders Holmqvist',16);
INSERT INTO "speaker_aliases" VALUES('Birgit Svensson',17);
INSERT INTO "speaker_aliases" VALUES('Lise Moen',18);
INSERT INTO "speaker_aliases" VALUES('Baltic Dockworkers Federation',19);
INSERT INTO "speaker_aliases" VALUES('Ravi Menon',20);
INSERT INTO "speaker_aliases" VALUES('Anita Desouza',21);
INSERT INTO "speaker_aliases" VALUES('Mira Kowalczik',3);
INSERT INTO "speaker_aliases" VALUES('Annika Berg',22);
INSERT INTO "speaker_aliases" VALUES('Anders Holmquist',16);
INSERT INTO "speaker_aliases" VALUES('Sofia Lindqvist',23);
INSERT INTO "speaker_aliases" VALUES('Carmel Line',24);
INSERT INTO "speaker_aliases" VALUES('Israel’s Economy Ministry',25);
CREATE TABLE quotes (
    id                 INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_position INTEGER NOT NULL,
    text               TEXT NOT NULL,
    speaker_id         INTEGER REFERENCES speakers(id),
    attribution        TEXT,
    verb               TEXT,
    kind               TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'block', 'indirect'))
);
INSERT INTO "quotes" VALUES(1,1,2,'The arithmetic is simple,',1,'Jonas Kowalczyk','said','direct');
INSERT INTO "quotes" VALUES(2,1,2,'Automation reduces hours. Fewer hours means less money going in, while the people drawing pensions are still there.',1,'Jonas Kowalczyk','said','direct');
INSERT INTO "quotes" VALUES(3,1,5,'That offer has been on the table for a month,',2,'Per Engström, who heads the employers’ association','said','direct');
INSERT INTO "quotes" VALUES(4,1,5,'Nobody has even asked us about the details.',2,'Per Engström, who heads the employers’ association','said','direct');
INSERT INTO "quotes" VALUES(5,1,7,'Our youngest members will be paying into this fund for forty years,',3,'union chair Mira Kowalczyk','told','direct');
INSERT INTO "quotes" VALUES(6,1,7,'A guarantee that ends in ten is not a guarantee, it is a countdown.',3,'union chair Mira Kowalczyk','told','direct');
INSERT INTO "quotes" VALUES(7,1,9,'he had followed every twist of the dispute on the radio',4,'Retired crane driver Lars Pettersson, 71','said','indirect');
INSERT INTO "quotes" VALUES(8,1,10,'I do not care who wins,',4,'he','said','direct');
INSERT INTO "quotes" VALUES(9,1,10,'I care that the money I put in for 40 years is still there when my wife needs it.',4,'he','said','direct');
INSERT INTO "quotes" VALUES(10,2,2,'Every passenger and every member of the crew is accounted for, and no one is seriously hurt,',5,'coastguard commander Elin Varga','said','direct');
INSERT INTO "quotes" VALUES(11,2,3,'People were calm, mostly. The children were the calmest of all,',6,'she','said','direct');
INSERT INTO "quotes" VALUES(12,2,4,'cooperating fully with the investigation',7,'Skarva Lines','said','partial');
INSERT INTO "quotes" VALUES(13,2,6,'We heard it on the radio and just went,',8,'fisherman Odd Reinholt, 64','said','direct');
INSERT INTO "quotes" VALUES(14,2,6,'You do not wait for permission on a night like that.',8,'fisherman Odd Reinholt, 64','said','direct');
INSERT INTO "quotes" VALUES(15,3,3,'if the stoppage continues beyond the end of the month, the backlog at alternative ports will itself become the bottleneck, and the costs of the diversion will exceed the value of the contracts being protected.',NULL,NULL,NULL,'direct');
INSERT INTO "quotes" VALUES(16,3,4,'for as long as it takes,',3,'Union chair Mira Kowalczyk','said','partial');
INSERT INTO "quotes" VALUES(17,3,5,'under control.',9,'The Lindholm Port Authority','described','partial');
INSERT INTO "quotes" VALUES(18,3,7,'We have learned to keep a second and a third route open at all times,',10,'Faisal Al-Harbi, operations director at a Dammam-based logistics firm','said','direct');
INSERT INTO "quotes" VALUES(19,3,7,'Nobody in this business can afford to depend on a single gate anymore.',10,'Faisal Al-Harbi, operations director at a Dammam-based logistics firm','said','direct');
INSERT INTO "quotes" VALUES(20,3,8,'the company had not yet passed the extra costs on to its customers but would review its prices next month',10,'He','added','indirect');
INSERT INTO "quotes" VALUES(21,4,2,'I have farmed this land for thirty years and I have never seen the fronds burn like this,',11,'Khaled Odeibat, who grows Medjool dates on a plantation near South Shuneh','said','direct');
INSERT INTO "quotes" VALUES(22,4,2,'The old trees will survive, but the young ones we planted two years ago are finished.',11,'Khaled Odeibat, who grows Medjool dates on a plantation near South Shuneh','said','direct');
INSERT INTO "quotes" VALUES(23,4,3,'a full assessment would be ready within two weeks',12,'The Ministry of Agriculture','said','indirect');
INSERT INTO "quotes" VALUES(24,4,4,'We will not leave the farmers alone with these losses,',13,'ministry spokesperson Lina Habashneh','told','direct');
INSERT INTO "quotes" VALUES(25,4,4,'Compensation will be paid according to the size of the damage on every farm.',13,'ministry spokesperson Lina Habashneh','told','direct');
INSERT INTO "quotes" VALUES(26,4,8,'The buyers in the Gulf are patient with us, but they have their own customers,',14,'Khreisat','said','direct');
INSERT INTO "quotes" VALUES(27,4,8,'If we cannot tell them by April what we can deliver, they will look elsewhere.',14,'Khreisat','said','direct');
INSERT INTO "quotes" VALUES(28,5,5,'We came to the table with a compromise and they walked away from it,',3,'Mira Kowalczyk, chair of the Baltic Dockworkers'' Federation','said','direct');
INSERT INTO "quotes" VALUES(29,5,5,'Our members are not going back to work on a promise.',3,'Mira Kowalczyk, chair of the Baltic Dockworkers'' Federation','said','direct');
INSERT INTO "quotes" VALUES(30,5,6,'would freeze the port in the last century',15,'The Lindholm Port Employers'' Association','said','partial');
INSERT INTO "quotes" VALUES(31,5,9,'the automation plan would eliminate close to 1,500 jobs by 2030',3,'Kowalczyk','argued','indirect');
INSERT INTO "quotes" VALUES(32,5,10,'as long as both sides are still talking to each other.',16,'Transport Minister Anders Holmqvist','told','partial');
INSERT INTO "quotes" VALUES(33,5,11,'I am not going to negotiate on behalf of either party in front of the cameras,',16,'Holmqvist','said','direct');
INSERT INTO "quotes" VALUES(34,5,11,'watching the situation hour by hour.',16,'He','added','partial');
INSERT INTO "quotes" VALUES(35,5,12,'No vessel carrying humanitarian supplies has been turned away,',9,'the authority','said','direct');
INSERT INTO "quotes" VALUES(36,5,14,'Every week this goes on, cargo learns to go somewhere else, and some of it will never come back,',2,'Per Engström, the association''s chief executive','said','direct');
INSERT INTO "quotes" VALUES(37,6,1,'My father drove a straddle carrier, my husband drives one now, and my son wanted to,',17,'Svensson, 58','said','direct');
INSERT INTO "quotes" VALUES(38,6,1,'If the cranes are driven from an office, what is left for him here?',17,'Svensson, 58','said','direct');
INSERT INTO "quotes" VALUES(39,6,5,'We are not against the future,',3,'she','said','direct');
INSERT INTO "quotes" VALUES(40,6,5,'We are against a future that is decided in a boardroom and delivered to us in a letter.',3,'she','said','direct');
INSERT INTO "quotes" VALUES(41,6,6,'the union had offered to accept remote operation on some cranes in return for guarantees on staffing',3,'Kowalczyk','said','indirect');
INSERT INTO "quotes" VALUES(42,6,7,'It was a serious offer,',3,'she','said','direct');
INSERT INTO "quotes" VALUES(43,6,7,'and they did not even take it home to read it.',3,'she','said','direct');
INSERT INTO "quotes" VALUES(44,6,10,'I understand the fear in this town, I really do,',2,'Engström','said','direct');
INSERT INTO "quotes" VALUES(45,6,10,'But the biggest threat to these jobs is not a crane. It is a port that customers no longer trust.',2,'Engström','said','direct');
INSERT INTO "quotes" VALUES(46,6,12,'People come in, they buy bread, they talk about the strike,',2,'she','said','direct');
INSERT INTO "quotes" VALUES(47,6,12,'Nobody talks about anything else.',2,'she','said','direct');
INSERT INTO "quotes" VALUES(48,7,1,'the captain had been told the crossing could go ahead',NULL,'Two crew members','said','indirect');
INSERT INTO "quotes" VALUES(49,7,2,'Every passenger and every member of the crew is accounted for,',5,'coastguard commander Elin Varga','said','direct');
INSERT INTO "quotes" VALUES(50,7,3,'We are cooperating fully with the investigators and we will not speculate about the cause until their work is done.',7,'Skarva Lines','said','direct');
INSERT INTO "quotes" VALUES(51,7,4,'That reef has taken boats since my grandmother’s time,',18,'she','said','direct');
INSERT INTO "quotes" VALUES(52,7,4,'The marker light has been broken since the autumn.',18,'she','said','direct');
INSERT INTO "quotes" VALUES(53,8,5,'Our dispute is with the terminal operators, not with the seafarers. Any sailor who needs to go home or see a doctor will pass our picket lines with our help.',19,'chair of the Baltic Dockworkers'' Federation','said','block');
INSERT INTO "quotes" VALUES(54,8,7,'All vessels at anchor are being supplied with provisions and fresh water. No crew member has been denied medical care, and none will be.',9,'The Lindholm Port Authority','saying','block');
INSERT INTO "quotes" VALUES(55,8,9,'holding up',20,'Ravi Menon','told','partial');
INSERT INTO "quotes" VALUES(56,8,11,'Sailors always pay for disputes they have nothing to do with. They cannot join the strike and they cannot leave the ship. Every day at anchor is a day they are away from their families without any end in sight.',21,'Anita Desouza',NULL,'block');
INSERT INTO "quotes" VALUES(57,8,13,'the forum had written to the shipping ministry asking it to press for priority crew changes for Indian nationals',21,'Desouza','said','indirect');
INSERT INTO "quotes" VALUES(58,8,15,'We have offered to go back to the table every day since this started. The only thing we will not do is sign away the jobs of the next generation of dockworkers.',3,'Kowalczik','said','block');
INSERT INTO "quotes" VALUES(59,9,1,'its negotiators would meet mediator Lotte Brandvold on Friday morning, but that members would stay on the picket lines until a deal was put to a vote',19,'The Baltic Dockworkers'' Federation','said','indirect');
INSERT INTO "quotes" VALUES(60,9,2,'Talking is not the same as agreeing,',3,'Mira Kowalczyk, the union''s chair','told','direct');
INSERT INTO "quotes" VALUES(61,9,2,'We will listen to what the mediator has to say, and then we will listen to our members.',3,'Mira Kowalczyk, the union''s chair','told','direct');
INSERT INTO "quotes" VALUES(62,9,4,'We have been ready for mediation since the first day,',NULL,'the association','said','direct');
INSERT INTO "quotes" VALUES(63,9,4,'We hope the union now understands that the eastern terminal cannot be run the way ports were run in the 1980s.',NULL,'the association','said','direct');
INSERT INTO "quotes" VALUES(64,9,6,'The figure the union keeps repeating,',2,'Per Engström, the association''s chief executive','said','direct');
INSERT INTO "quotes" VALUES(65,9,6,'has never been supported by a single study.',2,'Per Engström, the association''s chief executive','said','direct');
INSERT INTO "quotes" VALUES(66,9,8,'make every resource available',16,'Transport Minister Anders Holmqvist','said','partial');
INSERT INTO "quotes" VALUES(67,9,10,'The damage so far is recoverable,',22,'Annika Berg, chief economist at Nordhavn Bank in Copenhagen','said','direct');
INSERT INTO "quotes" VALUES(68,9,10,'The risk is that shippers decide Lindholm is unreliable and move their contracts for good. That kind of damage lasts for years.',22,'Annika Berg, chief economist at Nordhavn Bank in Copenhagen','said','direct');
INSERT INTO "quotes" VALUES(69,10,2,'Every passenger and every member of the crew is accounted for, and no one is seriously hurt,',5,'coastguard commander Elin Varga','told','direct');
INSERT INTO "quotes" VALUES(70,10,3,'it had suspended the route while the vessel was inspected',7,'Skarva Lines','said','indirect');
INSERT INTO "quotes" VALUES(71,10,4,'We are cooperating fully with the investigators and we will not speculate about the cause until their work is done,',7,'the company','said','direct');
INSERT INTO "quotes" VALUES(72,11,1,'What we agreed today is practical. Inspectors will move to where the ships are, not the other way around.',16,'Transport Minister Anders Holmquist','told','direct');
INSERT INTO "quotes" VALUES(73,11,2,'This is not a plan to break the strike. It is a plan to make sure that medicine and food reach people who need them.',16,'He','added','direct');
INSERT INTO "quotes" VALUES(74,11,3,'We will adjust the numbers every week, depending on what we see in the ports,',16,'he','said','direct');
INSERT INTO "quotes" VALUES(75,11,5,'Faster inspections in other ports are fine. Our members are still outside the gates of Lindholm, and that is where this will be decided.',3,'She','wrote','direct');
INSERT INTO "quotes" VALUES(76,11,7,'Nobody binds us to anything we have not voted for. Not the employers, not the ministry, not ‘the market.’ Our members decide.',3,'she','said','direct');
INSERT INTO "quotes" VALUES(77,11,8,'The rally was peaceful,',NULL,'a police spokesman','said','direct');
INSERT INTO "quotes" VALUES(78,11,8,'There were no arrests.',NULL,'a police spokesman','said','direct');
INSERT INTO "quotes" VALUES(79,11,10,'That is a large number, but it is not yet a crisis. The question is how long this lasts, and nobody can answer that today.',23,'the ministry''s chief economist, Sofia Lindqvist','said','direct');
INSERT INTO "quotes" VALUES(80,11,10,'the strike was costing the economy about 30 million euros a day',23,'the ministry''s chief economist, Sofia Lindqvist','said','indirect');
INSERT INTO "quotes" VALUES(81,12,2,'holding position',24,'Carmel Line','said','partial');
INSERT INTO "quotes" VALUES(82,12,3,'We deeply regret the inconvenience to our customers, and we are doing everything in our power to keep Israeli goods moving,',24,'the company','said','direct');
INSERT INTO "quotes" VALUES(83,12,4,'Our teams in Haifa and in Europe are working around the clock with rail and trucking partners, and we expect to publish a revised schedule within 48 hours.',24,'the company','said','direct');
INSERT INTO "quotes" VALUES(84,12,7,'find their own way back to the table.',NULL,'Employers','saying','partial');
INSERT INTO "quotes" VALUES(85,12,8,'it was monitoring the situation and was in contact with shipping companies and exporters',25,'Israel’s Economy Ministry','said','indirect');
INSERT INTO "quotes" VALUES(86,12,9,'There is no shortage of any essential product in Israel as a result of the strike, and there is no expected shortage,',25,'the ministry','said','direct');
INSERT INTO "quotes" VALUES(87,12,10,'Israeli shippers had learned from previous crises at European ports and had built more flexibility into their schedules, though they acknowledged that a strike lasting beyond the end of the month would be “a different story.”',NULL,'Industry sources','told','indirect');
CREATE TABLE stories (
    id         INTEGER PRIMARY KEY,
    label      TEXT NOT NULL,
    first_seen TEXT,
    last_seen  TEXT
);
INSERT INTO "stories" VALUES(1,'Dockworkers’ pension fund becomes a bargaining chip in Lindholm port strike','2026-03-07T09:14:00-05:00','2026-03-07T09:14:00-05:00');
INSERT INTO "stories" VALUES(2,'Passengers describe cold, dark wait after ferry Nordlys hits reef off Vessoy','2026-03-10T07:42:00Z','2026-03-10T18:30:00Z');
INSERT INTO "stories" VALUES(3,'Gulf Carriers Reroute Cargo as Baltic Port Strike Drags On',NULL,NULL);
INSERT INTO "stories" VALUES(4,'Jordan Valley Farmers Count Losses after Late Frost Damages Date Palms',NULL,NULL);
INSERT INTO "stories" VALUES(5,'Lindholm dock strike snarls northern European supply chains as talks stall','2026-03-04','2026-03-04');
INSERT INTO "stories" VALUES(6,'‘They built the town around the cranes’: Lindholm holds its breath as dock strike bites','2026-03-06T06:00:00Z','2026-03-06T06:00:00Z');
INSERT INTO "stories" VALUES(7,'Indian Seafarers Stranded Off Baltic Port as Dock Strike Drags On',NULL,NULL);
INSERT INTO "stories" VALUES(8,'Lindholm dockworkers agree to mediation as strike costs mount','2026-03-05T16:18:00Z','2026-03-05T16:18:00Z');
INSERT INTO "stories" VALUES(9,'Baltic Ministers Agree on Joint Port Inspections as Lindholm Strike Continues',NULL,NULL);
INSERT INTO "stories" VALUES(10,'Baltic dock strike: Israeli shipper ‘rerouting’ Europe cargo as backlog grows',NULL,NULL);
CREATE TABLE story_members (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    -- How strongly it matched the member it joined (1 for the article that started the story).
    score        REAL NOT NULL,
    -- The member it matched best, from which `show` explains the grouping.
    matched_with INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    -- An earlier article of the same outlet that this one repeats (republished or updated).
    duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
INSERT INTO "story_members" VALUES(1,1,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(2,2,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(3,3,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(4,4,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(5,5,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(6,6,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(7,2,0.778,2,NULL);
INSERT INTO "story_members" VALUES(8,7,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(9,8,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(10,2,0.653,7,NULL);
INSERT INTO "story_members" VALUES(11,9,1.0,NULL,NULL);
INSERT INTO "story_members" VALUES(12,10,1.0,NULL,NULL);
CREATE TABLE quote_groups (
    id             INTEGER PRIMARY KEY,
    canonical_text TEXT NOT NULL,
    -- The voice of the group: the speaker its members agree on, preferred to one found only through
    -- "the statement" or "a spokesman".
    speaker_id     INTEGER REFERENCES speakers(id) ON DELETE SET NULL
);
INSERT INTO "quote_groups" VALUES(1,'Every passenger and every member of the crew is accounted for, and no one is seriously hurt,',5);
INSERT INTO "quote_groups" VALUES(2,'cooperating fully with the investigation',7);
CREATE TABLE quote_group_members (
    quote_id   INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL REFERENCES quote_groups(id) ON DELETE CASCADE,
    -- Similarity to the member it was matched with, 1 for the group's first quote.
    similarity REAL NOT NULL
);
INSERT INTO "quote_group_members" VALUES(10,1,1.0);
INSERT INTO "quote_group_members" VALUES(12,2,1.0);
INSERT INTO "quote_group_members" VALUES(49,1,1.0);
INSERT INTO "quote_group_members" VALUES(50,2,0.667);
INSERT INTO "quote_group_members" VALUES(69,1,1.0);
INSERT INTO "quote_group_members" VALUES(71,2,0.667);
CREATE TABLE story_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    terms      TEXT NOT NULL
);
INSERT INTO "story_signatures" VALUES(1,'accus 1 arithmetic 1 associat 2 association 1 automat 1 automation 1 baltic 2 bargain 2.099 began 1 benefit 1 care 1.693 chair 1.693 chip 2.099 continue 1 contribution 1.693 countdown 1 dispute 1.693 dockworker 2.609 employer 2.099 engström 2 europe 2 european 2 federation 2 fewer 1.693 fund 3.197 guarantee 1.693 institute 2 jona 3.386 kowalczyk 4.197 labour 2 lars 2 letter 1.693 lindholm 5.219 maritime 2 mean 1.693 mira 2 money 2.099 offer 1.693 pension 2.792 pettersson 2 port 2.946 press 2 retir 1.693 side 2.386 strike 2.386 terminal 1.693 trustee 1.693 union 2.099');
INSERT INTO "story_signatures" VALUES(2,'account 1 ashore 1 bay 2 board 1 boat 1 brief 1 brought 1 calm 1 calmest 1 cause 1 children 1 coastguard 2.099 cold 2.099 commander 1 complete 1 cooperat 1 crew 1.693 dark 2.386 deck 1 describe 2.099 early 1 elin 2 falk 2 ferry 2.609 fish 1 fisherman 1 fully 1 harbour 1 heard 1 hestskjaer 2 hits 2.099 home 1 hurt 1 investigation 1 island 1 join 1 jorunn 1 kestrel 2 light 1 line 2 nordly 4.773 odd 2 passenger 2.609 reef 2.386 reinholt 2 varga 2 vessoy 5.584 wait 2.609');
INSERT INTO "story_signatures" VALUES(3,'absorb 1 afford 1 alternative 1 analyst 1 anymore 1 asharq 3.386 assessment 1 authority 2 automate 1 automation 1 away 1 awsat 3.386 backlog 1 baltic 4.773 based 1.693 begun 1 better 1 book 1 bottleneck 1 bound 1 business 1 buyer 1 cargo 2.386 carrier 2.792 carry 1 chain 1 chair 1 company 1 container 1 cost 1.693 dammam 2 dockworker 1.693 drag 2.099 europe 3.386 faisal 2 federation 2 gulf 5.584 harbi 2 kowalczyk 2 lindholm 4.197 mira 2 plan 1.693 port 3.197 rail 1.693 reroute 2.099 scandinavian 2 strike 2.609 vessel 1.693');
INSERT INTO "story_signatures" VALUES(4,'agricultural 1 agriculture 2 asking 1 assessment 1 association 1 begun 1 burn 1 buyer 1 claim 2 coming 1 compensation 1 consecutive 1 contract 1 cooperative 1 count 2.099 crop 1 customer 1 damag 1 damage 2.609 date 2.792 decade 1.693 deliver 1 depend 1 describ 1 disaster 1 expect 1 export 1 farm 1.693 farmer 2.792 frost 2.609 grower 1.693 gulf 2 habashneh 2 insurance 1.693 jordan 5.219 khal 2 khreisat 3.386 late 2.386 lina 2 losse 2.386 medjool 2 meteorological 2 odeibat 2 palm 2.386 shuneh 2 south 2 valley 2.609 young 1.693');
INSERT INTO "story_signatures" VALUES(5,'anchor 1 ander 2 argu 1 assembly 1 association 1.693 authority 1.693 auto 1 automation 1.693 away 1.693 axio 3.386 baltic 3.386 banner 1 began 1 brandvold 2 cargo 1.693 chain 2.099 container 2.099 crane 1.693 dock 2.099 dockworker 2.099 eastern 1.693 employer 2.386 engström 2 enter 1.693 europe 2 european 2.099 federation 2 holmqvist 3.386 kowalczyk 3.386 lindholm 5.892 line 2.099 long 1.693 lotte 2 northern 2.386 operat 1.693 plan 1.693 port 2.946 remote 1.693 roughly 1.693 side 2.099 snarl 2.099 stall 2.099 strike 2.609 supplie 1.693 supply 2.099 talk 2.609 terminal 2.386 union 1.693');
INSERT INTO "story_signatures" VALUES(6,'accept 1 automation 2.099 bakery 1.693 baltic 2 banner 1 began 1 belong 1 biggest 1 birgit 2 bite 2.099 boardroom 1 bread 1 breath 2.099 built 2.099 business 1 buy 1 call 1 crane 2.946 customer 2.099 dock 2.386 dockworker 2 eastern 1.693 employer 2.386 engström 3.386 europe 2 familie 1.693 federation 2 future 2.099 gate 1.693 generation 1.693 hand 1.693 harbour 2.099 hold 2.099 jobs 2.099 kowalczyk 3.386 lindholm 4.773 losing 1.693 offer 2.099 port 2.946 remote 1.693 strike 2.946 svensson 4.197 talk 1.693 terminal 2.099 threaten 1.693 town 2.386 union 2.099 warn 1.693');
INSERT INTO "story_signatures" VALUES(7,'accident 1.693 account 1 aground 1 ahead 1 ashore 1.693 authoris 1 autumn 1 bay 4.197 board 2.099 boat 1.693 broken 1 brought 1.693 captain 1 cause 1 chair 1 coastguard 1 commander 1 cooperat 1 council 1 crew 2.946 cross 1 despite 1 early 1 elin 2 expect 1 face 1.693 fear 1 ferry 2.609 fish 1 fully 1 gale 2.099 grandmother 1 heed 1 hestskjaer 2 hit 2.099 kestrel 4.197 line 4.197 moen 2 nordly 4.197 question 1.693 reef 2.609 safely 1.693 sail 1.693 skarva 4.197 varga 2 vessoy 5.219 warn 2.386 wind 2.099');
INSERT INTO "story_signatures" VALUES(8,'agent 1.693 allow 1.693 anchor 2.099 ashore 1.693 authority 2 away 1.693 baltic 5.219 change 2.099 crew 3.398 desouza 3.386 directorate 2 dispute 2.099 dock 2.099 dockworker 2.386 drag 2.099 familie 2.099 federation 3.386 forum 1.693 fresh 1.693 general 2 goa 2 help 1.693 home 1.693 indian 5.892 jobs 1.693 kerala 2 kowalczik 3.386 leave 1.693 lindholm 4.773 longer 1.693 medical 2.099 menon 2 mumbai 3.386 need 1.693 outside 2.099 port 3.197 sailor 2.792 sea 1.693 seafarer 2.946 secretary 2 ship 2.946 shipp 2.099 strand 2.099 strike 2.792 stuck 1.693 twitter 2 union 2.099 wait 2.386');
INSERT INTO "story_signatures" VALUES(9,'1980 1 agre 1 agree 2.386 anchor 1 ander 2 annika 2 association 2.386 available 1 baltic 2 bank 2 berg 2 brandvold 2 chief 1.693 contract 1.693 copenhagen 2 cost 2.386 damage 1.693 dispute 2.099 dockworker 2.609 eastern 1.693 economist 1.693 engström 2 estimate 1.693 europe 2 federation 2 holmqvist 2 jobs 1.693 kowalczyk 3.386 last 1.693 lindholm 5.584 listen 1.693 lotte 2 mediation 2.386 mediator 2.386 mount 2.099 nordhavn 2 operate 1.693 port 2.609 reuter 3.386 risk 1.693 run 1.693 ship 2.099 strik 2 strike 2.386 talk 1.693 terminal 2.099 union 2.386 worker 1.693');
INSERT INTO "story_signatures" VALUES(10,'aboard 2.099 accident 1 account 1 aground 2.386 bay 2 board 1 boat 1 boom 1 carry 1 cause 1 coastguard 2.099 cold 1 commander 1 company 1.693 containment 1 cooperat 1 crew 2.099 cross 1.693 dawn 1 deck 1 eleven 1 elin 2 examine 1 ferry 2.792 fish 1 fuel 1 fully 1 harbour 1 hestskjaer 2 hull 1 hurt 1 injurie 1 inspect 1 investigator 1 island 2.609 kestrel 2 laid 1 line 3.386 nordly 2 passenger 1.693 reef 1.693 rescu 2.099 reuter 3.386 runs 2.099 skarva 3.386 varga 3.386 vessel 1.693 vessoy 5.584');
INSERT INTO "story_signatures" VALUES(11,'agre 2.386 agree 2.099 agreement 2.099 ander 4.197 away 1.693 baltic 5.892 bind 2.099 bound 1.693 cargo 1.693 continue 2.099 coordinate 1.693 copenhagen 2 crowd 1.693 dispute 2.099 divert 2.386 dockworker 2 economy 1.693 employer 1.693 engström 2 europe 2 faster 1.693 federation 2 holmquist 4.773 inspection 2.946 inspector 2.099 joint 2.099 kowalczyk 3.386 labor 1.693 lindholm 6.159 lindqvist 2 long 1.693 mean 1.693 minister 2.792 mira 2 nord 2 operat 1.693 plan 1.693 port 3.398 radio 2 rally 1.693 regional 1.693 ship 2.099 sofia 2 step 1.693 strike 3.197 transport 2.792 twitter 2 union 1.693');
INSERT INTO "story_signatures" VALUES(12,'acknowledg 1 advis 1 affect 1 air 1 alternative 1 automation 1.693 backlog 2.099 baltic 5.219 bound 2.099 cargo 2.386 carmel 3.386 caus 1.693 company 1.693 container 1.693 customer 2.609 delay 2.099 disruption 2.099 dock 2.099 dockworker 1.693 economy 2 europe 5.892 european 3.386 expect 2.099 export 1.693 exporter 2.099 far 1.693 federation 2 good 1.693 grow 2.099 haifa 3.386 institute 2 israel 4.197 israeli 6.796 kowalczik 2 lindholm 3.386 line 2.386 mira 2 port 2.609 regrett 1.693 rerout 2.099 reuter 2 schedule 1.693 shipp 1.693 shipper 2.386 shortage 1.693 situation 2.099 strike 3.197 union 1.693');
CREATE TABLE story_df (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO "story_df" VALUES('1980',1);
INSERT INTO "story_df" VALUES('aboard',1);
INSERT INTO "story_df" VALUES('absorb',1);
INSERT INTO "story_df" VALUES('accept',1);
INSERT INTO "story_df" VALUES('accident',2);
INSERT INTO "story_df" VALUES('account',3);
INSERT INTO "story_df" VALUES('accus',1);
INSERT INTO "story_df" VALUES('acknowledg',1);
INSERT INTO "story_df" VALUES('advis',1);
INSERT INTO "story_df" VALUES('affect',1);
INSERT INTO "story_df" VALUES('afford',1);
INSERT INTO "story_df" VALUES('agent',1);
INSERT INTO "story_df" VALUES('agre',2);
INSERT INTO "story_df" VALUES('agree',2);
INSERT INTO "story_df" VALUES('agreement',1);
INSERT INTO "story_df" VALUES('agricultural',1);
INSERT INTO "story_df" VALUES('agriculture',1);
INSERT INTO "story_df" VALUES('aground',2);
INSERT INTO "story_df" VALUES('ahead',1);
INSERT INTO "story_df" VALUES('air',1);
INSERT INTO "story_df" VALUES('allow',1);
INSERT INTO "story_df" VALUES('alternative',2);
INSERT INTO "story_df" VALUES('analyst',1);
INSERT INTO "story_df" VALUES('anchor',3);
INSERT INTO "story_df" VALUES('ander',3);
INSERT INTO "story_df" VALUES('annika',1);
INSERT INTO "story_df" VALUES('anymore',1);
INSERT INTO "story_df" VALUES('argu',1);
INSERT INTO "story_df" VALUES('arithmetic',1);
INSERT INTO "story_df" VALUES('asharq',1);
INSERT INTO "story_df" VALUES('ashore',3);
INSERT INTO "story_df" VALUES('asking',1);
INSERT INTO "story_df" VALUES('assembly',1);
INSERT INTO "story_df" VALUES('assessment',2);
INSERT INTO "story_df" VALUES('associat',1);
INSERT INTO "story_df" VALUES('association',4);
INSERT INTO "story_df" VALUES('authoris',1);
INSERT INTO "story_df" VALUES('authority',3);
INSERT INTO "story_df" VALUES('auto',1);
INSERT INTO "story_df" VALUES('automat',1);
INSERT INTO "story_df" VALUES('automate',1);
INSERT INTO "story_df" VALUES('automation',5);
INSERT INTO "story_df" VALUES('autumn',1);
INSERT INTO "story_df" VALUES('available',1);
INSERT INTO "story_df" VALUES('away',4);
INSERT INTO "story_df" VALUES('awsat',1);
INSERT INTO "story_df" VALUES('axio',1);
INSERT INTO "story_df" VALUES('backlog',2);
INSERT INTO "story_df" VALUES('bakery',1);
INSERT INTO "story_df" VALUES('baltic',8);
INSERT INTO "story_df" VALUES('bank',1);
INSERT INTO "story_df" VALUES('banner',2);
INSERT INTO "story_df" VALUES('bargain',1);
INSERT INTO "story_df" VALUES('based',1);
INSERT INTO "story_df" VALUES('bay',3);
INSERT INTO "story_df" VALUES('began',3);
INSERT INTO "story_df" VALUES('begun',2);
INSERT INTO "story_df" VALUES('belong',1);
INSERT INTO "story_df" VALUES('benefit',1);
INSERT INTO "story_df" VALUES('berg',1);
INSERT INTO "story_df" VALUES('better',1);
INSERT INTO "story_df" VALUES('biggest',1);
INSERT INTO "story_df" VALUES('bind',1);
INSERT INTO "story_df" VALUES('birgit',1);
INSERT INTO "story_df" VALUES('bite',1);
INSERT INTO "story_df" VALUES('board',3);
INSERT INTO "story_df" VALUES('boardroom',1);
INSERT INTO "story_df" VALUES('boat',3);
INSERT INTO "story_df" VALUES('book',1);
INSERT INTO "story_df" VALUES('boom',1);
INSERT INTO "story_df" VALUES('bottleneck',1);
INSERT INTO "story_df" VALUES('bound',3);
INSERT INTO "story_df" VALUES('brandvold',2);
INSERT INTO "story_df" VALUES('bread',1);
INSERT INTO "story_df" VALUES('breath',1);
INSERT INTO "story_df" VALUES('brief',1);
INSERT INTO "story_df" VALUES('broken',1);
INSERT INTO "story_df" VALUES('brought',2);
INSERT INTO "story_df" VALUES('built',1);
INSERT INTO "story_df" VALUES('burn',1);
INSERT INTO "story_df" VALUES('business',2);
INSERT INTO "story_df" VALUES('buy',1);
INSERT INTO "story_df" VALUES('buyer',2);
INSERT INTO "story_df" VALUES('call',1);
INSERT INTO "story_df" VALUES('calm',1);
INSERT INTO "story_df" VALUES('calmest',1);
INSERT INTO "story_df" VALUES('captain',1);
INSERT INTO "story_df" VALUES('care',1);
INSERT INTO "story_df" VALUES('cargo',4);
INSERT INTO "story_df" VALUES('carmel',1);
INSERT INTO "story_df" VALUES('carrier',1);
INSERT INTO "story_df" VALUES('carry',2);
INSERT INTO "story_df" VALUES('caus',1);
INSERT INTO "story_df" VALUES('cause',3);
INSERT INTO "story_df" VALUES('chain',2);
INSERT INTO "story_df" VALUES('chair',3);
INSERT INTO "story_df" VALUES('change',1);
INSERT INTO "story_df" VALUES('chief',1);
INSERT INTO "story_df" VALUES('children',1);
INSERT INTO "story_df" VALUES('chip',1);
INSERT INTO "story_df" VALUES('claim',1);
INSERT INTO "story_df" VALUES('coastguard',3);
INSERT INTO "story_df" VALUES('cold',2);
INSERT INTO "story_df" VALUES('coming',1);
INSERT INTO "story_df" VALUES('commander',3);
INSERT INTO "story_df" VALUES('company',3);
INSERT INTO "story_df" VALUES('compensation',1);
INSERT INTO "story_df" VALUES('complete',1);
INSERT INTO "story_df" VALUES('consecutive',1);
INSERT INTO "story_df" VALUES('container',3);
INSERT INTO "story_df" VALUES('containment',1);
INSERT INTO "story_df" VALUES('continue',2);
INSERT INTO "story_df" VALUES('contract',2);
INSERT INTO "story_df" VALUES('contribution',1);
INSERT INTO "story_df" VALUES('cooperat',3);
INSERT INTO "story_df" VALUES('cooperative',1);
INSERT INTO "story_df" VALUES('coordinate',1);
INSERT INTO "story_df" VALUES('copenhagen',2);
INSERT INTO "story_df" VALUES('cost',2);
INSERT INTO "story_df" VALUES('council',1);
INSERT INTO "story_df" VALUES('count',1);
INSERT INTO "story_df" VALUES('countdown',1);
INSERT INTO "story_df" VALUES('crane',2);
INSERT INTO "story_df" VALUES('crew',4);
INSERT INTO "story_df" VALUES('crop',1);
INSERT INTO "story_df" VALUES('cross',2);
INSERT INTO "story_df" VALUES('crowd',1);
INSERT INTO "story_df" VALUES('customer',3);
INSERT INTO "story_df" VALUES('damag',1);
INSERT INTO "story_df" VALUES('damage',2);
INSERT INTO "story_df" VALUES('dammam',1);
INSERT INTO "story_df" VALUES('dark',1);
INSERT INTO "story_df" VALUES('date',1);
INSERT INTO "story_df" VALUES('dawn',1);
INSERT INTO "story_df" VALUES('decade',1);
INSERT INTO "story_df" VALUES('deck',2);
INSERT INTO "story_df" VALUES('delay',1);
INSERT INTO "story_df" VALUES('deliver',1);
INSERT INTO "story_df" VALUES('depend',1);
INSERT INTO "story_df" VALUES('describ',1);
INSERT INTO "story_df" VALUES('describe',1);
INSERT INTO "story_df" VALUES('desouza',1);
INSERT INTO "story_df" VALUES('despite',1);
INSERT INTO "story_df" VALUES('directorate',1);
INSERT INTO "story_df" VALUES('disaster',1);
INSERT INTO "story_df" VALUES('dispute',4);
INSERT INTO "story_df" VALUES('disruption',1);
INSERT INTO "story_df" VALUES('divert',1);
INSERT INTO "story_df" VALUES('dock',4);
INSERT INTO "story_df" VALUES('dockworker',8);
INSERT INTO "story_df" VALUES('drag',2);
INSERT INTO "story_df" VALUES('early',2);
INSERT INTO "story_df" VALUES('eastern',3);
INSERT INTO "story_df" VALUES('economist',1);
INSERT INTO "story_df" VALUES('economy',2);
INSERT INTO "story_df" VALUES('eleven',1);
INSERT INTO "story_df" VALUES('elin',3);
INSERT INTO "story_df" VALUES('employer',4);
INSERT INTO "story_df" VALUES('engström',5);
INSERT INTO "story_df" VALUES('enter',1);
INSERT INTO "story_df" VALUES('estimate',1);
INSERT INTO "story_df" VALUES('europe',7);
INSERT INTO "story_df" VALUES('european',3);
INSERT INTO "story_df" VALUES('examine',1);
INSERT INTO "story_df" VALUES('expect',3);
INSERT INTO "story_df" VALUES('export',2);
INSERT INTO "story_df" VALUES('exporter',1);
INSERT INTO "story_df" VALUES('face',1);
INSERT INTO "story_df" VALUES('faisal',1);
INSERT INTO "story_df" VALUES('falk',1);
INSERT INTO "story_df" VALUES('familie',2);
INSERT INTO "story_df" VALUES('far',1);
INSERT INTO "story_df" VALUES('farm',1);
INSERT INTO "story_df" VALUES('farmer',1);
INSERT INTO "story_df" VALUES('faster',1);
INSERT INTO "story_df" VALUES('fear',1);
INSERT INTO "story_df" VALUES('federation',8);
INSERT INTO "story_df" VALUES('ferry',3);
INSERT INTO "story_df" VALUES('fewer',1);
INSERT INTO "story_df" VALUES('fish',3);
INSERT INTO "story_df" VALUES('fisherman',1);
INSERT INTO "story_df" VALUES('forum',1);
INSERT INTO "story_df" VALUES('fresh',1);
INSERT INTO "story_df" VALUES('frost',1);
INSERT INTO "story_df" VALUES('fuel',1);
INSERT INTO "story_df" VALUES('fully',3);
INSERT INTO "story_df" VALUES('fund',1);
INSERT INTO "story_df" VALUES('future',1);
INSERT INTO "story_df" VALUES('gale',1);
INSERT INTO "story_df" VALUES('gate',1);
INSERT INTO "story_df" VALUES('general',1);
INSERT INTO "story_df" VALUES('generation',1);
INSERT INTO "story_df" VALUES('goa',1);
INSERT INTO "story_df" VALUES('good',1);
INSERT INTO "story_df" VALUES('grandmother',1);
INSERT INTO "story_df" VALUES('grow',1);
INSERT INTO "story_df" VALUES('grower',1);
INSERT INTO "story_df" VALUES('guarantee',1);
INSERT INTO "story_df" VALUES('gulf',2);
INSERT INTO "story_df" VALUES('habashneh',1);
INSERT INTO "story_df" VALUES('haifa',1);
INSERT INTO "story_df" VALUES('hand',1);
INSERT INTO "story_df" VALUES('harbi',1);
INSERT INTO "story_df" VALUES('harbour',3);
INSERT INTO "story_df" VALUES('heard',1);
INSERT INTO "story_df" VALUES('heed',1);
INSERT INTO "story_df" VALUES('help',1);
INSERT INTO "story_df" VALUES('hestskjaer',3);
INSERT INTO "story_df" VALUES('hit',1);
INSERT INTO "story_df" VALUES('hits',1);
INSERT INTO "story_df" VALUES('hold',1);
INSERT INTO "story_df" VALUES('holmquist',1);
INSERT INTO "story_df" VALUES('holmqvist',2);
INSERT INTO "story_df" VALUES('home',2);
INSERT INTO "story_df" VALUES('hull',1);
INSERT INTO "story_df" VALUES('hurt',2);
INSERT INTO "story_df" VALUES('indian',1);
INSERT INTO "story_df" VALUES('injurie',1);
INSERT INTO "story_df" VALUES('inspect',1);
INSERT INTO "story_df" VALUES('inspection',1);
INSERT INTO "story_df" VALUES('inspector',1);
INSERT INTO "story_df" VALUES('institute',2);
INSERT INTO "story_df" VALUES('insurance',1);
INSERT INTO "story_df" VALUES('investigation',1);
INSERT INTO "story_df" VALUES('investigator',1);
INSERT INTO "story_df" VALUES('island',2);
INSERT INTO "story_df" VALUES('israel',1);
INSERT INTO "story_df" VALUES('israeli',1);
INSERT INTO "story_df" VALUES('jobs',3);
INSERT INTO "story_df" VALUES('join',1);
INSERT INTO "story_df" VALUES('joint',1);
INSERT INTO "story_df" VALUES('jona',1);
INSERT INTO "story_df" VALUES('jordan',1);
INSERT INTO "story_df" VALUES('jorunn',1);
INSERT INTO "story_df" VALUES('kerala',1);
INSERT INTO "story_df" VALUES('kestrel',3);
INSERT INTO "story_df" VALUES('khal',1);
INSERT INTO "story_df" VALUES('khreisat',1);
INSERT INTO "story_df" VALUES('kowalczik',2);
INSERT INTO "story_df" VALUES('kowalczyk',6);
INSERT INTO "story_df" VALUES('labor',1);
INSERT INTO "story_df" VALUES('labour',1);
INSERT INTO "story_df" VALUES('laid',1);
INSERT INTO "story_df" VALUES('lars',1);
INSERT INTO "story_df" VALUES('last',1);
INSERT INTO "story_df" VALUES('late',1);
INSERT INTO "story_df" VALUES('leave',1);
INSERT INTO "story_df" VALUES('letter',1);
INSERT INTO "story_df" VALUES('light',1);
INSERT INTO "story_df" VALUES('lina',1);
INSERT INTO "story_df" VALUES('lindholm',8);
INSERT INTO "story_df" VALUES('lindqvist',1);
INSERT INTO "story_df" VALUES('line',5);
INSERT INTO "story_df" VALUES('listen',1);
INSERT INTO "story_df" VALUES('long',2);
INSERT INTO "story_df" VALUES('longer',1);
INSERT INTO "story_df" VALUES('losing',1);
INSERT INTO "story_df" VALUES('losse',1);
INSERT INTO "story_df" VALUES('lotte',2);
INSERT INTO "story_df" VALUES('maritime',1);
INSERT INTO "story_df" VALUES('mean',2);
INSERT INTO "story_df" VALUES('mediation',1);
INSERT INTO "story_df" VALUES('mediator',1);
INSERT INTO "story_df" VALUES('medical',1);
INSERT INTO "story_df" VALUES('medjool',1);
INSERT INTO "story_df" VALUES('menon',1);
INSERT INTO "story_df" VALUES('meteorological',1);
INSERT INTO "story_df" VALUES('minister',1);
INSERT INTO "story_df" VALUES('mira',4);
INSERT INTO "story_df" VALUES('moen',1);
INSERT INTO "story_df" VALUES('money',1);
INSERT INTO "story_df" VALUES('mount',1);
INSERT INTO "story_df" VALUES('mumbai',1);
INSERT INTO "story_df" VALUES('need',1);
INSERT INTO "story_df" VALUES('nord',1);
INSERT INTO "story_df" VALUES('nordhavn',1);
INSERT INTO "story_df" VALUES('nordly',3);
INSERT INTO "story_df" VALUES('northern',1);
INSERT INTO "story_df" VALUES('odd',1);
INSERT INTO "story_df" VALUES('odeibat',1);
INSERT INTO "story_df" VALUES('offer',2);
INSERT INTO "story_df" VALUES('operat',2);
INSERT INTO "story_df" VALUES('operate',1);
INSERT INTO "story_df" VALUES('outside',1);
INSERT INTO "story_df" VALUES('palm',1);
INSERT INTO "story_df" VALUES('passenger',2);
INSERT INTO "story_df" VALUES('pension',1);
INSERT INTO "story_df" VALUES('pettersson',1);
INSERT INTO "story_df" VALUES('plan',3);
INSERT INTO "story_df" VALUES('port',8);
INSERT INTO "story_df" VALUES('press',1);
INSERT INTO "story_df" VALUES('question',1);
INSERT INTO "story_df" VALUES('radio',1);
INSERT INTO "story_df" VALUES('rail',1);
INSERT INTO "story_df" VALUES('rally',1);
INSERT INTO "story_df" VALUES('reef',3);
INSERT INTO "story_df" VALUES('regional',1);
INSERT INTO "story_df" VALUES('regrett',1);
INSERT INTO "story_df" VALUES('reinholt',1);
INSERT INTO "story_df" VALUES('remote',2);
INSERT INTO "story_df" VALUES('rerout',1);
INSERT INTO "story_df" VALUES('reroute',1);
INSERT INTO "story_df" VALUES('rescu',1);
INSERT INTO "story_df" VALUES('retir',1);
INSERT INTO "story_df" VALUES('reuter',3);
INSERT INTO "story_df" VALUES('risk',1);
INSERT INTO "story_df" VALUES('roughly',1);
INSERT INTO "story_df" VALUES('run',1);
INSERT INTO "story_df" VALUES('runs',1);
INSERT INTO "story_df" VALUES('safely',1);
INSERT INTO "story_df" VALUES('sail',1);
INSERT INTO "story_df" VALUES('sailor',1);
INSERT INTO "story_df" VALUES('scandinavian',1);
INSERT INTO "story_df" VALUES('schedule',1);
INSERT INTO "story_df" VALUES('sea',1);
INSERT INTO "story_df" VALUES('seafarer',1);
INSERT INTO "story_df" VALUES('secretary',1);
INSERT INTO "story_df" VALUES('ship',3);
INSERT INTO "story_df" VALUES('shipp',2);
INSERT INTO "story_df" VALUES('shipper',1);
INSERT INTO "story_df" VALUES('shortage',1);
INSERT INTO "story_df" VALUES('shuneh',1);
INSERT INTO "story_df" VALUES('side',2);
INSERT INTO "story_df" VALUES('situation',1);
INSERT INTO "story_df" VALUES('skarva',2);
INSERT INTO "story_df" VALUES('snarl',1);
INSERT INTO "story_df" VALUES('sofia',1);
INSERT INTO "story_df" VALUES('south',1);
INSERT INTO "story_df" VALUES('stall',1);
INSERT INTO "story_df" VALUES('step',1);
INSERT INTO "story_df" VALUES('strand',1);
INSERT INTO "story_df" VALUES('strik',1);
INSERT INTO "story_df" VALUES('strike',8);
INSERT INTO "story_df" VALUES('stuck',1);
INSERT INTO "story_df" VALUES('supplie',1);
INSERT INTO "story_df" VALUES('supply',1);
INSERT INTO "story_df" VALUES('svensson',1);
INSERT INTO "story_df" VALUES('talk',3);
INSERT INTO "story_df" VALUES('terminal',4);
INSERT INTO "story_df" VALUES('threaten',1);
INSERT INTO "story_df" VALUES('town',1);
INSERT INTO "story_df" VALUES('transport',1);
INSERT INTO "story_df" VALUES('trustee',1);
INSERT INTO "story_df" VALUES('twitter',2);
INSERT INTO "story_df" VALUES('union',7);
INSERT INTO "story_df" VALUES('valley',1);
INSERT INTO "story_df" VALUES('varga',3);
INSERT INTO "story_df" VALUES('vessel',2);
INSERT INTO "story_df" VALUES('vessoy',3);
INSERT INTO "story_df" VALUES('wait',2);
INSERT INTO "story_df" VALUES('warn',2);
INSERT INTO "story_df" VALUES('wind',1);
INSERT INTO "story_df" VALUES('worker',1);
INSERT INTO "story_df" VALUES('young',1);
CREATE TABLE story_terms (
    term       TEXT NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (term, article_id)
) WITHOUT ROWID;
INSERT INTO "story_terms" VALUES('aboard',10);
INSERT INTO "story_terms" VALUES('agree',9);
INSERT INTO "story_terms" VALUES('agreement',11);
INSERT INTO "story_terms" VALUES('agriculture',4);
INSERT INTO "story_terms" VALUES('aground',10);
INSERT INTO "story_terms" VALUES('ander',5);
INSERT INTO "story_terms" VALUES('ander',11);
INSERT INTO "story_terms" VALUES('annika',9);
INSERT INTO "story_terms" VALUES('asharq',3);
INSERT INTO "story_terms" VALUES('authority',3);
INSERT INTO "story_terms" VALUES('awsat',3);
INSERT INTO "story_terms" VALUES('axio',5);
INSERT INTO "story_terms" VALUES('baltic',3);
INSERT INTO "story_terms" VALUES('bank',9);
INSERT INTO "story_terms" VALUES('bargain',1);
INSERT INTO "story_terms" VALUES('bay',2);
INSERT INTO "story_terms" VALUES('bay',7);
INSERT INTO "story_terms" VALUES('berg',9);
INSERT INTO "story_terms" VALUES('bind',11);
INSERT INTO "story_terms" VALUES('birgit',6);
INSERT INTO "story_terms" VALUES('bite',6);
INSERT INTO "story_terms" VALUES('brandvold',5);
INSERT INTO "story_terms" VALUES('breath',6);
INSERT INTO "story_terms" VALUES('built',6);
INSERT INTO "story_terms" VALUES('cargo',3);
INSERT INTO "story_terms" VALUES('carmel',12);
INSERT INTO "story_terms" VALUES('carrier',3);
INSERT INTO "story_terms" VALUES('change',8);
INSERT INTO "story_terms" VALUES('chip',1);
INSERT INTO "story_terms" VALUES('coastguard',2);
INSERT INTO "story_terms" VALUES('cold',2);
INSERT INTO "story_terms" VALUES('company',10);
INSERT INTO "story_terms" VALUES('copenhagen',9);
INSERT INTO "story_terms" VALUES('count',4);
INSERT INTO "story_terms" VALUES('crane',6);
INSERT INTO "story_terms" VALUES('crew',7);
INSERT INTO "story_terms" VALUES('damage',4);
INSERT INTO "story_terms" VALUES('dark',2);
INSERT INTO "story_terms" VALUES('date',4);
INSERT INTO "story_terms" VALUES('delay',12);
INSERT INTO "story_terms" VALUES('describe',2);
INSERT INTO "story_terms" VALUES('desouza',8);
INSERT INTO "story_terms" VALUES('disruption',12);
INSERT INTO "story_terms" VALUES('divert',11);
INSERT INTO "story_terms" VALUES('dock',5);
INSERT INTO "story_terms" VALUES('dockworker',1);
INSERT INTO "story_terms" VALUES('drag',3);
INSERT INTO "story_terms" VALUES('employer',1);
INSERT INTO "story_terms" VALUES('engström',6);
INSERT INTO "story_terms" VALUES('europe',3);
INSERT INTO "story_terms" VALUES('european',12);
INSERT INTO "story_terms" VALUES('exporter',12);
INSERT INTO "story_terms" VALUES('farmer',4);
INSERT INTO "story_terms" VALUES('ferry',2);
INSERT INTO "story_terms" VALUES('ferry',7);
INSERT INTO "story_terms" VALUES('ferry',10);
INSERT INTO "story_terms" VALUES('frost',4);
INSERT INTO "story_terms" VALUES('fund',1);
INSERT INTO "story_terms" VALUES('future',6);
INSERT INTO "story_terms" VALUES('gale',7);
INSERT INTO "story_terms" VALUES('grow',12);
INSERT INTO "story_terms" VALUES('gulf',3);
INSERT INTO "story_terms" VALUES('haifa',12);
INSERT INTO "story_terms" VALUES('hit',7);
INSERT INTO "story_terms" VALUES('hits',2);
INSERT INTO "story_terms" VALUES('hold',6);
INSERT INTO "story_terms" VALUES('holmquist',11);
INSERT INTO "story_terms" VALUES('holmqvist',5);
INSERT INTO "story_terms" VALUES('indian',8);
INSERT INTO "story_terms" VALUES('inspection',11);
INSERT INTO "story_terms" VALUES('inspector',11);
INSERT INTO "story_terms" VALUES('island',10);
INSERT INTO "story_terms" VALUES('israel',12);
INSERT INTO "story_terms" VALUES('israeli',12);
INSERT INTO "story_terms" VALUES('jobs',6);
INSERT INTO "story_terms" VALUES('joint',11);
INSERT INTO "story_terms" VALUES('jona',1);
INSERT INTO "story_terms" VALUES('jordan',4);
INSERT INTO "story_terms" VALUES('kestrel',7);
INSERT INTO "story_terms" VALUES('khreisat',4);
INSERT INTO "story_terms" VALUES('kowalczik',8);
INSERT INTO "story_terms" VALUES('kowalczyk',1);
INSERT INTO "story_terms" VALUES('late',4);
INSERT INTO "story_terms" VALUES('lindholm',1);
INSERT INTO "story_terms" VALUES('lindholm',3);
INSERT INTO "story_terms" VALUES('lindholm',5);
INSERT INTO "story_terms" VALUES('lindholm',6);
INSERT INTO "story_terms" VALUES('lindholm',9);
INSERT INTO "story_terms" VALUES('lindqvist',11);
INSERT INTO "story_terms" VALUES('line',7);
INSERT INTO "story_terms" VALUES('line',10);
INSERT INTO "story_terms" VALUES('losse',4);
INSERT INTO "story_terms" VALUES('lotte',5);
INSERT INTO "story_terms" VALUES('mediation',9);
INSERT INTO "story_terms" VALUES('mediator',9);
INSERT INTO "story_terms" VALUES('medical',8);
INSERT INTO "story_terms" VALUES('minister',11);
INSERT INTO "story_terms" VALUES('moen',7);
INSERT INTO "story_terms" VALUES('mount',9);
INSERT INTO "story_terms" VALUES('mumbai',8);
INSERT INTO "story_terms" VALUES('nord',11);
INSERT INTO "story_terms" VALUES('nordhavn',9);
INSERT INTO "story_terms" VALUES('nordly',2);
INSERT INTO "story_terms" VALUES('nordly',7);
INSERT INTO "story_terms" VALUES('northern',5);
INSERT INTO "story_terms" VALUES('outside',8);
INSERT INTO "story_terms" VALUES('palm',4);
INSERT INTO "story_terms" VALUES('passenger',2);
INSERT INTO "story_terms" VALUES('pension',1);
INSERT INTO "story_terms" VALUES('port',1);
INSERT INTO "story_terms" VALUES('port',3);
INSERT INTO "story_terms" VALUES('reef',2);
INSERT INTO "story_terms" VALUES('rerout',12);
INSERT INTO "story_terms" VALUES('reroute',3);
INSERT INTO "story_terms" VALUES('rescu',10);
INSERT INTO "story_terms" VALUES('reuter',9);
INSERT INTO "story_terms" VALUES('reuter',10);
INSERT INTO "story_terms" VALUES('runs',10);
INSERT INTO "story_terms" VALUES('sailor',8);
INSERT INTO "story_terms" VALUES('seafarer',8);
INSERT INTO "story_terms" VALUES('ship',8);
INSERT INTO "story_terms" VALUES('shipp',8);
INSERT INTO "story_terms" VALUES('shipper',12);
INSERT INTO "story_terms" VALUES('side',1);
INSERT INTO "story_terms" VALUES('situation',12);
INSERT INTO "story_terms" VALUES('skarva',7);
INSERT INTO "story_terms" VALUES('skarva',10);
INSERT INTO "story_terms" VALUES('snarl',5);
INSERT INTO "story_terms" VALUES('stall',5);
INSERT INTO "story_terms" VALUES('strand',8);
INSERT INTO "story_terms" VALUES('strik',9);
INSERT INTO "story_terms" VALUES('strike',1);
INSERT INTO "story_terms" VALUES('supply',5);
INSERT INTO "story_terms" VALUES('svensson',6);
INSERT INTO "story_terms" VALUES('talk',5);
INSERT INTO "story_terms" VALUES('town',6);
INSERT INTO "story_terms" VALUES('transport',11);
INSERT INTO "story_terms" VALUES('valley',4);
INSERT INTO "story_terms" VALUES('varga',10);
INSERT INTO "story_terms" VALUES('vessoy',2);
INSERT INTO "story_terms" VALUES('vessoy',7);
INSERT INTO "story_terms" VALUES('vessoy',10);
INSERT INTO "story_terms" VALUES('wait',2);
INSERT INTO "story_terms" VALUES('wind',7);
CREATE TABLE quote_terms (
    term     TEXT NOT NULL,
    quote_id INTEGER NOT NULL,
    PRIMARY KEY (term, quote_id)
) WITHOUT ROWID;
INSERT INTO "quote_terms" VALUES('1980',63);
INSERT INTO "quote_terms" VALUES('account',10);
INSERT INTO "quote_terms" VALUES('adjust',74);
INSERT INTO "quote_terms" VALUES('afford',19);
INSERT INTO "quote_terms" VALUES('agre',72);
INSERT INTO "quote_terms" VALUES('agree',60);
INSERT INTO "quote_terms" VALUES('alternative',15);
INSERT INTO "quote_terms" VALUES('anchor',54);
INSERT INTO "quote_terms" VALUES('anchor',56);
INSERT INTO "quote_terms" VALUES('answer',79);
INSERT INTO "quote_terms" VALUES('anymore',19);
INSERT INTO "quote_terms" VALUES('arithmetic',1);
INSERT INTO "quote_terms" VALUES('automation',2);
INSERT INTO "quote_terms" VALUES('autumn',52);
INSERT INTO "quote_terms" VALUES('available',66);
INSERT INTO "quote_terms" VALUES('away',28);
INSERT INTO "quote_terms" VALUES('away',35);
INSERT INTO "quote_terms" VALUES('behalf',33);
INSERT INTO "quote_terms" VALUES('biggest',45);
INSERT INTO "quote_terms" VALUES('bind',76);
INSERT INTO "quote_terms" VALUES('boardroom',40);
INSERT INTO "quote_terms" VALUES('boat',51);
INSERT INTO "quote_terms" VALUES('bottleneck',15);
INSERT INTO "quote_terms" VALUES('bread',46);
INSERT INTO "quote_terms" VALUES('break',73);
INSERT INTO "quote_terms" VALUES('broken',52);
INSERT INTO "quote_terms" VALUES('burn',21);
INSERT INTO "quote_terms" VALUES('business',19);
INSERT INTO "quote_terms" VALUES('buy',46);
INSERT INTO "quote_terms" VALUES('buyer',26);
INSERT INTO "quote_terms" VALUES('calm',11);
INSERT INTO "quote_terms" VALUES('calmest',11);
INSERT INTO "quote_terms" VALUES('camera',33);
INSERT INTO "quote_terms" VALUES('care',8);
INSERT INTO "quote_terms" VALUES('care',9);
INSERT INTO "quote_terms" VALUES('cargo',36);
INSERT INTO "quote_terms" VALUES('carrier',37);
INSERT INTO "quote_terms" VALUES('carry',35);
INSERT INTO "quote_terms" VALUES('cause',50);
INSERT INTO "quote_terms" VALUES('century',30);
INSERT INTO "quote_terms" VALUES('children',11);
INSERT INTO "quote_terms" VALUES('compensation',25);
INSERT INTO "quote_terms" VALUES('compromise',28);
INSERT INTO "quote_terms" VALUES('continue',15);
INSERT INTO "quote_terms" VALUES('contract',15);
INSERT INTO "quote_terms" VALUES('contract',68);
INSERT INTO "quote_terms" VALUES('cooperat',12);
INSERT INTO "quote_terms" VALUES('cooperat',50);
INSERT INTO "quote_terms" VALUES('countdown',6);
INSERT INTO "quote_terms" VALUES('crane',38);
INSERT INTO "quote_terms" VALUES('crane',45);
INSERT INTO "quote_terms" VALUES('crew',10);
INSERT INTO "quote_terms" VALUES('crisis',79);
INSERT INTO "quote_terms" VALUES('customer',26);
INSERT INTO "quote_terms" VALUES('customer',45);
INSERT INTO "quote_terms" VALUES('customer',82);
INSERT INTO "quote_terms" VALUES('damage',25);
INSERT INTO "quote_terms" VALUES('damage',67);
INSERT INTO "quote_terms" VALUES('damage',68);
INSERT INTO "quote_terms" VALUES('decid',40);
INSERT INTO "quote_terms" VALUES('decid',75);
INSERT INTO "quote_terms" VALUES('decide',76);
INSERT INTO "quote_terms" VALUES('deeply',82);
INSERT INTO "quote_terms" VALUES('deliver',40);
INSERT INTO "quote_terms" VALUES('depend',19);
INSERT INTO "quote_terms" VALUES('depend',74);
INSERT INTO "quote_terms" VALUES('dispute',53);
INSERT INTO "quote_terms" VALUES('dispute',56);
INSERT INTO "quote_terms" VALUES('diversion',15);
INSERT INTO "quote_terms" VALUES('dockworker',58);
INSERT INTO "quote_terms" VALUES('doctor',53);
INSERT INTO "quote_terms" VALUES('drive',37);
INSERT INTO "quote_terms" VALUES('driven',38);
INSERT INTO "quote_terms" VALUES('eastern',63);
INSERT INTO "quote_terms" VALUES('employer',76);
INSERT INTO "quote_terms" VALUES('ends',6);
INSERT INTO "quote_terms" VALUES('essential',86);
INSERT INTO "quote_terms" VALUES('europe',83);
INSERT INTO "quote_terms" VALUES('expect',83);
INSERT INTO "quote_terms" VALUES('expect',86);
INSERT INTO "quote_terms" VALUES('familie',56);
INSERT INTO "quote_terms" VALUES('far',67);
INSERT INTO "quote_terms" VALUES('farm',21);
INSERT INTO "quote_terms" VALUES('farm',25);
INSERT INTO "quote_terms" VALUES('farmer',24);
INSERT INTO "quote_terms" VALUES('faster',75);
INSERT INTO "quote_terms" VALUES('father',37);
INSERT INTO "quote_terms" VALUES('fear',44);
INSERT INTO "quote_terms" VALUES('fewer',2);
INSERT INTO "quote_terms" VALUES('figure',64);
INSERT INTO "quote_terms" VALUES('find',84);
INSERT INTO "quote_terms" VALUES('finish',22);
INSERT INTO "quote_terms" VALUES('food',73);
INSERT INTO "quote_terms" VALUES('forty',5);
INSERT INTO "quote_terms" VALUES('freeze',30);
INSERT INTO "quote_terms" VALUES('frond',21);
INSERT INTO "quote_terms" VALUES('front',33);
INSERT INTO "quote_terms" VALUES('fully',12);
INSERT INTO "quote_terms" VALUES('fully',50);
INSERT INTO "quote_terms" VALUES('fund',5);
INSERT INTO "quote_terms" VALUES('future',40);
INSERT INTO "quote_terms" VALUES('generation',58);
INSERT INTO "quote_terms" VALUES('goes',36);
INSERT INTO "quote_terms" VALUES('grandmother',51);
INSERT INTO "quote_terms" VALUES('guarantee',6);
INSERT INTO "quote_terms" VALUES('gulf',26);
INSERT INTO "quote_terms" VALUES('heard',13);
INSERT INTO "quote_terms" VALUES('humanitarian',35);
INSERT INTO "quote_terms" VALUES('hurt',10);
INSERT INTO "quote_terms" VALUES('husband',37);
INSERT INTO "quote_terms" VALUES('inconvenience',82);
INSERT INTO "quote_terms" VALUES('inspection',75);
INSERT INTO "quote_terms" VALUES('inspector',72);
INSERT INTO "quote_terms" VALUES('investigation',12);
INSERT INTO "quote_terms" VALUES('investigator',50);
INSERT INTO "quote_terms" VALUES('israel',86);
INSERT INTO "quote_terms" VALUES('israeli',82);
INSERT INTO "quote_terms" VALUES('keep',18);
INSERT INTO "quote_terms" VALUES('keep',64);
INSERT INTO "quote_terms" VALUES('land',21);
INSERT INTO "quote_terms" VALUES('large',79);
INSERT INTO "quote_terms" VALUES('last',79);
INSERT INTO "quote_terms" VALUES('learn',18);
INSERT INTO "quote_terms" VALUES('learn',36);
INSERT INTO "quote_terms" VALUES('leave',24);
INSERT INTO "quote_terms" VALUES('left',38);
INSERT INTO "quote_terms" VALUES('letter',40);
INSERT INTO "quote_terms" VALUES('light',52);
INSERT INTO "quote_terms" VALUES('lindholm',68);
INSERT INTO "quote_terms" VALUES('lindholm',75);
INSERT INTO "quote_terms" VALUES('listen',61);
INSERT INTO "quote_terms" VALUES('long',16);
INSERT INTO "quote_terms" VALUES('long',32);
INSERT INTO "quote_terms" VALUES('longer',45);
INSERT INTO "quote_terms" VALUES('losse',24);
INSERT INTO "quote_terms" VALUES('marker',52);
INSERT INTO "quote_terms" VALUES('market',76);
INSERT INTO "quote_terms" VALUES('mediation',62);
INSERT INTO "quote_terms" VALUES('mediator',61);
INSERT INTO "quote_terms" VALUES('medical',54);
INSERT INTO "quote_terms" VALUES('medicine',73);
INSERT INTO "quote_terms" VALUES('money',2);
INSERT INTO "quote_terms" VALUES('money',9);
INSERT INTO "quote_terms" VALUES('move',72);
INSERT INTO "quote_terms" VALUES('moving',82);
INSERT INTO "quote_terms" VALUES('need',9);
INSERT INTO "quote_terms" VALUES('negotiate',33);
INSERT INTO "quote_terms" VALUES('offer',3);
INSERT INTO "quote_terms" VALUES('offer',42);
INSERT INTO "quote_terms" VALUES('offer',58);
INSERT INTO "quote_terms" VALUES('ones',22);
INSERT INTO "quote_terms" VALUES('open',18);
INSERT INTO "quote_terms" VALUES('operator',53);
INSERT INTO "quote_terms" VALUES('outside',75);
INSERT INTO "quote_terms" VALUES('paid',25);
INSERT INTO "quote_terms" VALUES('partner',83);
INSERT INTO "quote_terms" VALUES('party',33);
INSERT INTO "quote_terms" VALUES('passenger',10);
INSERT INTO "quote_terms" VALUES('patient',26);
INSERT INTO "quote_terms" VALUES('paying',5);
INSERT INTO "quote_terms" VALUES('peaceful',77);
INSERT INTO "quote_terms" VALUES('pension',2);
INSERT INTO "quote_terms" VALUES('permission',14);
INSERT INTO "quote_terms" VALUES('plant',22);
INSERT INTO "quote_terms" VALUES('port',30);
INSERT INTO "quote_terms" VALUES('port',74);
INSERT INTO "quote_terms" VALUES('practical',72);
INSERT INTO "quote_terms" VALUES('product',86);
INSERT INTO "quote_terms" VALUES('provision',54);
INSERT INTO "quote_terms" VALUES('publish',83);
INSERT INTO "quote_terms" VALUES('question',79);
INSERT INTO "quote_terms" VALUES('radio',13);
INSERT INTO "quote_terms" VALUES('rally',77);
INSERT INTO "quote_terms" VALUES('reach',73);
INSERT INTO "quote_terms" VALUES('ready',62);
INSERT INTO "quote_terms" VALUES('really',44);
INSERT INTO "quote_terms" VALUES('recoverable',67);
INSERT INTO "quote_terms" VALUES('reduce',2);
INSERT INTO "quote_terms" VALUES('reef',51);
INSERT INTO "quote_terms" VALUES('repeat',64);
INSERT INTO "quote_terms" VALUES('resource',66);
INSERT INTO "quote_terms" VALUES('route',18);
INSERT INTO "quote_terms" VALUES('sailor',56);
INSERT INTO "quote_terms" VALUES('schedule',83);
INSERT INTO "quote_terms" VALUES('seafarer',53);
INSERT INTO "quote_terms" VALUES('serious',42);
INSERT INTO "quote_terms" VALUES('seriously',10);
INSERT INTO "quote_terms" VALUES('ship',72);
INSERT INTO "quote_terms" VALUES('shipper',68);
INSERT INTO "quote_terms" VALUES('shortage',86);
INSERT INTO "quote_terms" VALUES('side',32);
INSERT INTO "quote_terms" VALUES('simple',1);
INSERT INTO "quote_terms" VALUES('single',19);
INSERT INTO "quote_terms" VALUES('single',65);
INSERT INTO "quote_terms" VALUES('situation',34);
INSERT INTO "quote_terms" VALUES('size',25);
INSERT INTO "quote_terms" VALUES('speculate',50);
INSERT INTO "quote_terms" VALUES('start',58);
INSERT INTO "quote_terms" VALUES('straddle',37);
INSERT INTO "quote_terms" VALUES('strike',46);
INSERT INTO "quote_terms" VALUES('strike',56);
INSERT INTO "quote_terms" VALUES('strike',73);
INSERT INTO "quote_terms" VALUES('study',65);
INSERT INTO "quote_terms" VALUES('suppli',54);
INSERT INTO "quote_terms" VALUES('supplie',35);
INSERT INTO "quote_terms" VALUES('support',65);
INSERT INTO "quote_terms" VALUES('survive',22);
INSERT INTO "quote_terms" VALUES('table',3);
INSERT INTO "quote_terms" VALUES('table',28);
INSERT INTO "quote_terms" VALUES('table',58);
INSERT INTO "quote_terms" VALUES('table',84);
INSERT INTO "quote_terms" VALUES('take',16);
INSERT INTO "quote_terms" VALUES('talk',32);
INSERT INTO "quote_terms" VALUES('talk',46);
INSERT INTO "quote_terms" VALUES('talk',60);
INSERT INTO "quote_terms" VALUES('terminal',53);
INSERT INTO "quote_terms" VALUES('terminal',63);
INSERT INTO "quote_terms" VALUES('thirty',21);
INSERT INTO "quote_terms" VALUES('threat',45);
INSERT INTO "quote_terms" VALUES('town',44);
INSERT INTO "quote_terms" VALUES('understand',44);
INSERT INTO "quote_terms" VALUES('understand',63);
INSERT INTO "quote_terms" VALUES('union',63);
INSERT INTO "quote_terms" VALUES('union',64);
INSERT INTO "quote_terms" VALUES('unreliable',68);
INSERT INTO "quote_terms" VALUES('vessel',35);
INSERT INTO "quote_terms" VALUES('vessel',54);
INSERT INTO "quote_terms" VALUES('voted',76);
INSERT INTO "quote_terms" VALUES('wait',14);
INSERT INTO "quote_terms" VALUES('walk',28);
INSERT INTO "quote_terms" VALUES('watch',34);
INSERT INTO "quote_terms" VALUES('wife',9);
INSERT INTO "quote_terms" VALUES('wins',8);
INSERT INTO "quote_terms" VALUES('young',22);
INSERT INTO "quote_terms" VALUES('youngest',5);
CREATE INDEX articles_outlet_id ON articles(outlet_id);
CREATE INDEX articles_published_at ON articles(published_at);
CREATE INDEX article_authors_author_id ON article_authors(author_id);
CREATE INDEX captions_article_id ON captions(article_id);
CREATE INDEX captions_credit ON captions(credit);
CREATE INDEX speaker_aliases_speaker_id ON speaker_aliases(speaker_id);
CREATE INDEX quotes_article_id ON quotes(article_id);
CREATE INDEX quotes_speaker_id ON quotes(speaker_id);
CREATE INDEX story_members_story_id ON story_members(story_id);
CREATE INDEX quote_group_members_group_id ON quote_group_members(group_id);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, body,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO "articles_fts"("articles_fts") VALUES('rebuild');
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text,
    content='quotes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO "quotes_fts"("quotes_fts") VALUES('rebuild');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, dek, body) VALUES (new.id, new.title, new.dek, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, body)
    VALUES ('delete', old.id, old.title, old.dek, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, body)
    VALUES ('delete', old.id, old.title, old.dek, old.body);
    INSERT INTO articles_fts(rowid, title, dek, body) VALUES (new.id, new.title, new.dek, new.body);
END;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
COMMIT;
