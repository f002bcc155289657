-- morgue archive dump (schema version 8).
-- Load it with `sqlite3 NEW.db < FILE` or `morgue --db NEW.db restore FILE`.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE refinery_schema_history(
             version int4 PRIMARY KEY,
             name VARCHAR(255),
             applied_on VARCHAR(255),
             checksum VARCHAR(255));
INSERT INTO "refinery_schema_history" VALUES(1,'initial_schema','2023-11-14T22:13:20Z','2103787938193665700');
INSERT INTO "refinery_schema_history" VALUES(2,'originals_and_corrections','2023-11-14T22:13:20Z','12803917844453543526');
INSERT INTO "refinery_schema_history" VALUES(3,'stories_and_quote_groups','2023-11-14T22:13:20Z','2965078879628909211');
INSERT INTO "refinery_schema_history" VALUES(4,'fts_written_by_the_store','2023-11-14T22:13:20Z','2248699480857925085');
INSERT INTO "refinery_schema_history" VALUES(5,'quote_group_members_article','2023-11-14T22:13:20Z','1722855024531134947');
INSERT INTO "refinery_schema_history" VALUES(6,'quote_group_outlets','2023-11-14T22:13:20Z','15565427559050990811');
INSERT INTO "refinery_schema_history" VALUES(7,'query_summaries','2023-11-14T22:13:20Z','9381378438889506528');
INSERT INTO "refinery_schema_history" VALUES(8,'credit_words','2023-11-14T22:13:20Z','13211331151083624373');
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
INSERT INTO "articles" VALUES(5,4,0,3,'Lindholm dock strike snarls northern European supply chains as talks stall',NULL,NULL,'Economy','2026-03-04','2026-03-04',NULL,'A strike by more than 6,000 dockworkers at the Port of Lindholm entered its ninth day on Wednesday, leaving at least 40 container ships waiting at anchor and stranding auto parts and medical supplies bound for factories across northern Europe, port officials said.

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
INSERT INTO "speakers" VALUES(25,'Israeli Export Institute','organization');
INSERT INTO "speakers" VALUES(26,'Israel’s Economy Ministry','organization');
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
INSERT INTO "speaker_aliases" VALUES('Israeli Export Institute',25);
INSERT INTO "speaker_aliases" VALUES('Israel’s Economy Ministry',26);
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
INSERT INTO "quotes" VALUES(55,8,9,'holding up',20,'Ravi Menon, a second officer on one of the waiting ships','told','partial');
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
INSERT INTO "quotes" VALUES(84,12,5,'worrying but manageable',25,'An official at the Israeli Export Institute','described','partial');
INSERT INTO "quotes" VALUES(85,12,7,'find their own way back to the table.',NULL,'Employers','saying','partial');
INSERT INTO "quotes" VALUES(86,12,8,'it was monitoring the situation and was in contact with shipping companies and exporters',26,'Israel’s Economy Ministry','said','indirect');
INSERT INTO "quotes" VALUES(87,12,9,'There is no shortage of any essential product in Israel as a result of the strike, and there is no expected shortage,',26,'the ministry','said','direct');
INSERT INTO "quotes" VALUES(88,12,10,'Israeli shippers had learned from previous crises at European ports and had built more flexibility into their schedules, though they acknowledged that a strike lasting beyond the end of the month would be “a different story.”',NULL,'Industry sources','told','indirect');
CREATE TABLE originals (
    source_id         INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    compression       TEXT CHECK (compression IN ('zstd')),
    data              BLOB,
    -- What `morgue import --outlet/--url/--date` said about the file: a re-extraction needs it again.
    outlet_hint       TEXT,
    url_hint          TEXT,
    date_hint         TEXT,
    -- The extractor that made the source's rows (crate version + extraction revision); NULL: unknown.
    extractor_version TEXT,
    extracted_at      TEXT,
    CHECK ((compression IS NULL) = (data IS NULL))
);
INSERT INTO "originals" VALUES(1,'zstd',X'28B52FFD605B09FD2B004A52BC0D33606DD201300C1B021A24E5098000D78E6D654A7EA7B4119324D949CAB19C47659C781B71A29D79FD673562497F040238948001CE00D200CB004C6910E4CE17A73403199C5ABCCD96B01571AB8D0FEE914039D17EBF63182FB56A71ABD7E84A27595D4549A372789E0CA7544E6D5B6E597DB3B90D1A1BDE39697626891938BC22E85E19A545D0D3D924DC4A8D19C1558A63B8EC9D90CB55F63489659528CB0928D9F39E8B5AA0951203AD67980D503E32CA16A06735D8127E5E10E49DFFC9106359E1520279EAAB5211D024E55A709F900265DAD41441EEB9EA4D8259C5EFFC9D40FECD4D0479D257C69047E44101B993104EB1E60A88256C719008F49BBF9C6E1599E3BF4627918D5DD76FA3739EF9DEFACF5FCFD1E924C53D5C9D77E3A5306D55EA9F2FEB37459BCFD566930AA1C7C4B59F5C66F2BF359DEB59929252BFF5ACDC7A75CE31C9740E6F9B996B5E9C99FBB63C9BBB9ECA4FD960C86DB7788EA752D2C9E439AE852197EBEFF1D4A96CFDECDFEC6EE92020201C09EE1B2B78DE99C1E91ED7E7C2380D1A1B17001201E02E2C22346000A1C202A15F6D08528DAC34CA28D07B2A046D85CA9C802CA009B3924C9199402AB5E17493550BF434BC201B57041D200041E01C082ECE811199B88B882B3040418253B95C03E9F76C6369351F660D938EE74040E01E4A52A8730450DB5833849B684F08B887810795775B18B7FC8D6FA5CCC60F37DF9545107AA8C4CB66B8CA742EB8E4A672DF52DAC475BEC88E373265D41DADB8D2F9068D8D65DDF6C8B2EF79CF15A10E1A1B8F6CC6B4F1DCC15697ACE14CA6CB39C72A4BDC939D7BA6A6B20F19FE16C14163E31ED970B78973E74EB992ABF6BC9CCB6FAFEF5B716D71C9E8C5BB32BC9CD231793224860E3F38C76507A714FD3A686C3892358CFAB95ED24F66BD3672D0D840E8E18DF930BBC5644EB1E8B1AC962D8EE15E4E65F62174E1C285CFDCCB459D7B98DB5CCE4114A8A8C8B5EA34265657C1AAB0D5F97B5A315E720D40708E6587585C67862E769A907459B89951CD0EB5D96DF5D779506953A0241576329D4FE5545EACC3EAB7713AC4CDCC5F6C6C928BF06CC8A98C508CFFB0F5E29E6F5E5C1F6C2E15E73C997B4FC9367EAE5B842569BCE90F7AA74A0A8612CE143FDB66463E8A1586A089DDD115E6623C7CE877C942D66332051F836F3BDFB169D770E7B2F06506AE7B1EF4FCD6B82AA539C157AAEE2BEE91EC3F80E6A8E120438A29342322229224493A2042420C42293D1170B965249224C366F810D946B0BA173FC7BA138326E869D2C66871552A066F22067100CF5C8EB9296D4666B224055CEC404701F1E32FF47FCADD9C17346C456BBA2315B89A13AA91A796DAA96012BB3AC1A02DCBB5E4095B68144AD48C534FCC4A7ABCD5D66A9A5817545EB636876A9E8437751E45B553E4D951AFE537C00A6AE0ACBBBA398DB48397B0801000B9599850AA8C20ECA6792AAF1A7527747F5765F09DC49271B21CDC690361687A85D63066D818AD6F6E9697B06AC17546C8C8EC0E604A35F7A4F715F2CE0ABD980BB7628EB8A81E8B1C34A3D671055CA0EC7B30C9CFD575682C99D10914AD74A00CA1F3987F633F1D3D7BC261D7307DA05433EC242047F3938500BCDE23699F2E4A58A8CA8A50305EBA09B40C31D430DAE017620C8334BE36CCEAA1487A03551D673E5182AD9A81E73011F407DFE28565A2BECE3B711D320AE95B1CFE75719424CA2B537F6D810A35500D235C25155739E66492F7F4ED0C6DAFB24455E0702FD6DF85E5E16AED296DBA2F45C8352ABC8D01CD20800A34F3232E715C3F219A89A142A71332E238705CB4085F7F514FD6CCC2319A185A28FC0485F39FC3E7A21132617348342EAD3CAB65ED4ACA9894739FF02B02E701E8C924103B0F5EF1F1EA4FADA4B2EF4B023CBCB00472E533E514012E5502C259F59BC5195A1F5055B9DA49FDF5059F25EF1F',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(2,'zstd',X'28B52FFD604004B5180006F693317069920EFCFFFFFF3F72097D7BE49BDD921C444AB2EDEFDD88DCA404232C7F510DA8867A969856D628E6B7A66100BD02598C0085008100BA1C922B023D8E1A40B8A71A8840C342C39505860557261A105FE0F0010B0518189E50F1628E268112F7C194C373ED29F8F3801E65468A338C9E41DC732F757E585A65F06717992F3673EF759143F6D295C474393AD62E8CE9BCF848643E09F45E8DA335D0B3D81C5C2D7BD840CC988BDB03E208327862AB10903E34E2120EA8133B7579AE6BAE7D67411A01E868B0C1A7BC3B7F162F202848260831DAA3F974517055F1BDD5A3E93A8E8B91A73D752073149D3730349C31078418CF25C636F187EDE117CF02C2CD88403BF5797B6729561A54BDDCA9E3D816C67DF32EE6C8A0E3DB543DEF79AA8FABCD579943164C7FE46AB6FAF7D4F5844F5AC7A8FAA99720993C808403804768D0684050209470390197B8892D3571C6C39AB5B9D2B05B2428482667202F4DE776E13F52D98F53EA82FC6EFA4E8C9C5B3D16BBF2DCC3196E332A78A3CB1C1B558CE1C56D1F795BFEAE40D81D78665B4D8010639B3AF6D479826492F2182F06D73A7EEFBBC71EC57331882FA6BCA6D1A58264A2F436F58771D3B5C8987A4D6595C9A6CB72E7F5082EA3DF88B1EAE01EA18A8A0A842A48268C862CF64C5DCCAB597434BD69040104AE3453950B1F3CA506CF6B96696E16BAD26DA33A4260A7E93ECED8357CED5C0973A9052B5E07106260237358236FB63ADB91DB2DD8C7DA820EBF59D348EAEA7BAC66BC48D52BF287B1C6DCA2A3BAF045DE0BBBE972B6BD5A968A5C89F85DEC411AA898B16BC68605522810669431ED061048CA680A590E461080B32F7E64023E0840BBCB3FAA6E419004E82849236C41CF2145CF009591A0A89CCE3AF1F834F4B802C95E89D9CD41AB07AE426A9182AADC3E1BDE65E92FEE4590755EE07B4F1066015A4C2C012DEA86608BAD69CF13DBCAF77434640465C96860DC00417DC94263665494CB1A3B4F223EDA412EB5DE05CE61F01C408732990AF803FA9C2E4EF6DF4D3885F18B718B9B57AEAEE0BB091D484F2F66B7851DD589AE447247337DC998CB1230017CD29EE2EA8D02',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(3,'zstd',X'28B52FFD60C111CD3E002A68D81032604D920E300CC3300C700D8205B82696B42D25119192AC454908499B68A4C71878C8015E3ADAAE7F0CBD9529681804966205FC00F4000A01E911759A5EDAF4AEC5B8571FDB2B750EA7A75395EB89F141AB10D5C422A52E91C15553A6AF61E821403D6CC35EC30F4B4A5B3175A9C87CF911ECA5BC22018301C17B8F4C21F5C89535BF61B0B1456DE3F7AD75C3E077B1F486D76329CFAE121AAB333FC2790E9AAC972BE36B2C4ACEBE6F207338BA8B45079DB16229972602FEE8AE04BD8F60B25CCC137BE41AB474BEC4F889CA98C4E7C18682C1601030C0B0602100EF7BBD0200B60E1617BC87AC421045935D74C99A4ECC547394362911822DFAA6ED09B997DA6AA3E4599F351E64FC60C3B64FBC4E8D6030528231732B6187E03685F5EA0453B0D521303E53E6BD745FC1788FBB17618B5A0B02C809AEC24F890AA627D525D2C608328D51E36AD3EB71951CB6324F6B4D63B466E44453F538570D071F726D8D4C6AC37A3547E9BEF64D9C3B96F018127150D441FAC06E71C216AF51F20283D180486FE5ADFBB472DBA94B5DE4572ACEDCACCAF3AA5B13479527B6A873A3298590625441944B1C4DA73A296F6F34FA4A3C73CFA3CDD848CF3DC81C51C28D820DF4A862678EA7EE3DDFC798CF7CA62ED1F2F168259687914B4C790A8569EF19D5C2EA1474DE28BAFDA7F34E7A74ACCEE1ECDB72DF7C37E869DCC1E2A2CFD15E97A7226AA9D8B74F5720911473BCB17007DB22F55481BC4B17CB1FEA27299D3920CADA5678DBF46A5A7ABCB46965EA16AF5C96973A61A98C004B69BA7C0CC0BCBC3E0AB6E74818F098900080411C3040C080457B6B932B300305CC618EE6B91A0A0ADB7B36A774D43DC95212B0FC59ECC160B0A36E8284F199734E62154058CE1482752E8DD853601106CB4BAB0E180C0603A22BAEE03ED031F2B5A49642D62B71B47929C68D79DB158FF5A3748D45798F73065F75A23CC6AE98C47C9E5697E52C7925C618254D3442C3209CC5C558C16664540970CE714EC2565BF962327660B2C7401DE329683854FE514B8B4DDBA52A7F7E88E9D533341857B18CD4F32C547BBB9225F6DEB398F29E8A3F6B3959E5E44CD5B154BA9F40CD91BA3C8BB679A56CC0607CB0B88050BA4FB93C585C18277BCDEA0C086E652575678EA6E67B2295F0B9B5E4B3BA415495033285FB386FBAF394A541C3201A8E8434E2857D4FFA2E4D6DEEBC6FFA0D04E1535771070102069233E6FC7D22F706BFCD83A3E086F1456F9AD5E55A9251F2763DBA8AA1A2CC4731D1E00121C21244447854B8401121B2540EC809933ECE3F8E467C9B67C3971C03BB54DE3F7C883EECD8078B0B87B2B36AFAEA193C585C407EA8698412B596B3736FB5145CE6618B4E348C898B7DCFD29FEA780423BBF8DF6E188452D5903E610CE932A64D824F12AE79A02C7725CFA817556AD012A64ED1D5F727B45715258D75CF41A92FE688D4F7F6CE06A942E5887C97F374CA13327B2AA978C28F5CBEEFCB4C2E8D6C098194A811A1630CD1CC8848922459C62104094261A4E5960F1220C655CC6844921494D4A7FED3018814A0B87078FC23B5277AD847180D83AD4559A6D604F4440FC0122E734330FC853643494124BCD7B29AF0E3135950541E3C5064C12BFFF2CF117725044679BCD29B33361C1AA5138AB8E122A119EFF88C70200F748A531A5D0A7CBF4164F83C21141F7CF7C25576969E5719D8730CA3BABF671A38F141D5CCB93C68BA342CB0FF6DDB59CFE564C4A1803522C43200075DFB0F5ECEE18B7BE1B1340289F5E1026456EBD0DC8899E20D4711BC766452B51C2D59C1820E2B2988D0683D205D13BF886CBB8D258C4C0116ECCF6B0E3D1DC9092C3201DC0E8F0565B6643B222069143E18EAE7A7B6437FB575AD4CD2DDCF9C0C6B94C5FDAC31A46585CA48E30EB9B8B845BA498D3B01D099D800DE83E70B936AD0A04736162D455DC2316F3F70420DB10F6039B2A91948C4FE8428F01200CED0BC4C76F959BC04060A2C983BE9685C50CAA991135C667B809052B1CC98C646222836C13EABAD1B8D485210CA400F6571654B31DEE522063F046B528F6EFC384467EA892E91D93EEEBA6CE8DBC771916604037D76CED179E41D1F804252D39F35941C1C27008231C68F013E1857977CAB64D61854572751D3CB28AEDD5C385D3661A813742A0545B6F51E682A64B14B34D9E4F3F58D1DA03649A522CB6C453B98AF47342EF5B9454DEC6070526A6434ADF5011ED02B336F32A3D7BF44930998C07D1174754B0504E07941E5D70951A8213401BFA47F5E5B303CA7881A65FC12EF34BED569D1387AA5D05FC9CA9D4AD585D564DAC97A85AEB9439C280A4A6D09D165F66436283CD362E7A8521E4293181EF0EFA892E0097C968DF52A239A91C098DA6B190A344B015908EB98A167E6020F8164AC153BFEB3EE2F5C67C88222FF8BB1C80BC1503E8BB64AAACE221A2F3E402E50CD10FBFA0ED876698DB6E058D46A165B3D03EDE4916731950EF4CAC477C3C4689DD816B7153726464F9D05DC9951FD11724F870BAA5455FD15A14245592BACD826C6F4C3C3FE17F48CCF0019F493C3E7F8F27B0FB9C1AB5C31F9CF3BC1C9931F71D12FA69A75059C114BEE10F23B239624BCD1313A6C2043791835C7C529CB30463F6BA26C8524472CDB8B5651E93CD5BBAC5F16D5A1E5DE9D39EAE505624883850781CA058AD81150E459B5C55AC6E2F3156273C9BB514AC88C383D0DE886FBB8CF2F315A3BF1EAA7946CC2DC55FED391FCE682B1FDC4C0E7681FE6813EE2F39676A87CAD07B1A96E3CB8DAD7D637C4A04A3A2B0D',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(4,'zstd',X'28B52FFD60DB0A1530004A57440E32604D920E300C1B021A99C61685C6134D1A9192884849D6A2DCA4C94D7A0A241CE1E9310612473842BCA98D011B0639462901D100D000E000F870AEB0EE62ABBDD8E3AB8FA77CD4713E5CB660BA867BCDB9F693D2B6F9AB6A496B34E8ECA0E2E58D025F4C62C46E5D892CF1653A0B4F7D64E9AA13F3DCF8747B9D77DE83AC428D464339F034D5BFD5E691632249F8186B1C3CEA3E06378C9CC282890079CB2C650A0EC1CD6B70096D55149284D1AB141EFA6589CD5E37DBFD54BFEDB7123EE5A5EDF2BD44EBD40449B296359F21CBFA6CE74453CBA3E5380F3FED1CDD87E2B9A77A35CF6B2DF907C16D3E64D1F466A94A891092246A3475A138801F18D01870A5C0D7223C5D5B722A048FD35FC6EAE83AB7E52E44BA9CE69E8A5FDBFA41741DE7D5B63D872352319F47E41DD4E7A8B8044397115C0549B26030E40E7A6B5EE144D5082D0EE9625C8F96A33966FBE2A94E976B90356BCB15AA60A431E7783F0A5906FD96447EBAE57834B13AF2D1BD3DF3B5ED5B1D56CC30F1B434AD41AD18BC5D700F1B42FC49C2E0C8D62507A1DBF7FA61EFC7AD47AB9D1749FCAD6E5CBF88A9B7A9DEE7496BBE1C07F7693D8C398E369F495D3765C15E86C0B6553FF0717BB414F3E89E6FA53425C17BDDD6BCF191B290248C84C6E765B80411656E9B3182A159DAE03C714C8CC0695B7109263132FE6D44D46814F85ECA671F061F8F537146834063003BF4C21B0D038A00D6B5FC1AD73D6D394DBA8731F56B631EED45EE9790FBD1344732876D55870D219466550C870D21D462CD5AD60759D049B5F03C9897AE2A2832C76167BE75C65F3F0E63924090248C4CCD6DDB22DAA7F396751AEEF6012DCE29ADB9748EC04599271E41716AC1B84116732873EB68AEF93E131667745E736D4FBC928AE91628F82A9048C3B20CD207B7C5085F288D6F741F8F0C8A8EB1D1751A5D6EFF2D87F535B6FC2C2CA0CB7400AEB5B93D07C99E7397AE0C928491B6D67061630F857A1F55B1CC39EE73329C92964610FCBA15C295D5894B7486CB73C445B09FE532DC1F876A394728CD0710DBCC24C5F7282C944BE88DC7EB7E7B0ABA46F9CA3C573965CEA8FA148F75DCB8F65820DE47797BAD9741BE2491240B25F75169B8D698D63CEABB8EF92257098B33A0DBE5A97DEB20ECB05BCB3994672D89579489963C66AFB9A87155F533D1614308C63EAA9E46564B1B64D0FB121DB6A464BF06B7BDC63A751F11DE63993A6C652EAFDDD81D70D81062C1D0ABC5EE0A5986CD576D6C8BE39BD360EE05810EA8E1A4630C199A111151D02429742104090471A8E7F811603D543633294836D6E4E8C0B16DBD66DC38D575A50FB0547C8D85397DD7A23964AF8248513B5F83F2EE1A63DB2CA95EBC00D59D0B5C33168B468E7715F6E3ED5980463C8E6F5C2D99762FCE22E72A344F6DF98C87A62EE10612534CFD841943441C7848A9DEED821E95561599BFEE00A13CF705637B60B22D2F43032FBC70C65565654A528E1C5C1274372E73ED69AC4600677A8983205E236F849AC8F9FF9C60BAD7207987DE39B8381C30EFBDD967B561C69A949A12D11BB5DB6DFC6E95E38B8B6828B1F2600EBFFB037FD201260D1885095EA8D1704056A0F675816F428526B66E6268616CC2E7E252385426863712DCDE1A5BCD52D9E133EDD6BFCCA0BC6AFD846C0F18EE9F45833825E9A7ED54C5685707693197AB3189FA8435591187755B20FDAB331C446E9960DD3CFB44A3459A1E40275F116C18FC84FDEA66FA17AA96ED1CB775E7567FC5E62A47CDFB6D551AB9D243E9A5D281815AE5B1FD941250D1071F126A3FA45E641A8E2784BF61136D3F8CFFBE95D10F3C155F2AC230A952032EB49CE551923F718E048B30764B27C070E985D96C213BF5368B61E291C46F59710C00A0141960704497809FDFA6219065E9EB32837DC36F089684F4FDD3CA05F2D2B364717BC9608D03CD5AD2CEEB56FCEF4782E409D0486863533A0B52CC1D5ECC760657BA48F2EA3B4181EAA7F6AAFB21A8D4524461BAE63681EF752B48A01370C033855DE420FCBF67F1C824DFF82CA5D7938B14362EEE02178BB3F9590B577CCD9D90BA3312179D99AD3F335BD9E2025DE79C6CBB7429193C185C06896288AEBC0F1F419203BE106E9A15DEEB5BB355',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(5,'zstd',X'28B52FFD600A0DED3800AA63741033604D920E300CDB20E847523C0028E0229134B225119192AC45B949939B6808474759C32339081EA91B3F76E89B7697044F0C72F600F800F900D76F4645E6BC11BE85125EE838B9F55DD01B9365730F526A6CA91C25C9AD2F5956BDEFAB1DB2F26EF9566CD71BB64B6952B8820F18198D7ABC287D96EF0A6D3BAEF6C6F2511EE1BAF080919114DBAFA6DB9CC0F5567BE7912DD9F8DEB92E9EFA393FAB1C0567194E509D9DB20C428A5AB27B36A052A4C823B5BE8923532A2BD2653F52DF928CCD23413024C5783324E46D0EED822464516B8C248584FC34F63448104DC7426A082BA4B5F02124695E99843CF5F3C6EB380F2461B34BB21C8307B85E2ABE07C2715DB053C6A61497ECB8F5F3804CC0900A8FCEF233919A62839D8D71A21E4937DB3139396D8A4D77B9E635DF76272590981D8EDB31ECA6912CEB20A51018190BDEE46A113C5C3212D9EB29F23D42010223E30E6CC734CB9177435CA8494EF9BDF5E12F02036FA8BC7E088C8CC6363DE851D380568F3A49564A3FEB51F3066332DF72C7EA8CAB5DE45105088C8C941CBD475D6CB61F457ECDE83254DEE8E8BA81BA8F1827F8D6DBB0C71DAB2574E73984CC1C571F99B3D8D8CFAE67DF4D739DEB762B4E206FC970327863FDBA916D73A52D59AEF519358F31B2163859E5CE582E0B295D5440F880018E03037EA0C080023FF0E40749F37DA9ECC595DE57F3555C91618494A25391D26CEB6739A3D9CBDE79E483DE8CD132A7C123CB05BDD1CA6A505CEDCDB6E71E05A91E5DA39F4DC686DE289E0B68D5D7C51D8C6624C2F7283F0DF99AEA6C7370594EDD7A230181B7EB63C7D79AB986E2516B084180C58387806851641EFFC58500C9C4FB742544A71A556186EB3276FC6B64A5EEC7E0606C0D593F679C2443A5F856F9A95C50BDF3EE50A9D73C2BBAD6AB29BD06959E92E704507A0B953E6F3445A7B921893A2CECA09DF0E3AC481F30329E08736FAB98411D5E488CB16BEFBCB53C628EF3F49BF169E3EAC7392AD75BF8228DADD90595F7AD379A5D3E5B6EDB203F1BC6F63E3C84FAFE8091D1AE0FEB31E78C93BDC207FF8091F1251B3B060A19BBE58D248061545474E1A7FAB882E51C33DB7659DC812A9B03C9A170C2D8C8EFB698E4B3C6D4739A5D2E196F3649E1970A2B0E400489E4B4368C179892DD06C922F52371961D203F0B42522FC8BCCB01BC99D32C0D523F8FE4888ED0A18D9664EB3847EC2BC025DB5678B4DC24D922319ACAA7F00D96D760F2B68E4E213F98786BCE074F5208614E2AD2831712F22D88A6478A9426A497749A391C26568BF42AB447458FD2D0B4586A95D5B74769E831A8E0A2D98FB05B1A79F7C3E00EE46E50F4C3CBBE7A14776023C3A4C24051BCA150F221C5722A9C6CF3885D32C7C9D557ECB0EAD7BC11C9A1D38C28C1AD199D38A3C51D1186DD18196D6CD7646B8CAEB1197E193E645F862588D084078C8C962D8F926BA802814FA8112563CC10C9888C822449A1312104098361D47AED1140BD6543234992F6339CA2A0DA9E4AB1B0276B04E646BF29792F462568A41B182FAF7118A280CFEA7646D6493583D4BC79BF988A4D213917A42EE38DD690F9B60312D4DE3CE44602F620956FE8B8F9875DFC7B332E42452E028C268B7804A6810AE66F6375D423DA8EB12E66F31B68366C4E064083E219FB3006105A3D172EE2BBF179E8300C261C0BB44E6EADFB48676ED56E70403195771640B48BC56112DB47C0523E7AB3A04013884A769081E3FB1132882916542E08C33E6705C2D818961C221B9C0769A22EBDFE75BADB3BB93D6ED595B71681239E2123CE7B5912B87E9A1D95C4F5C48B2570291E006E885E75889A1DDAEC02D65400B390E243D469378DA21A9D8685874937CF9E8D74CA38837D871FE4D5929ED8B4F07A0963193D62E29DCFBFCB67CDD20CD2B561FBCFE43073F33410CF697F1035E88151410EB00A8689EF56907EF99CD70744E2D297E90284F20D75009B61F13EE524EA05FD1CB869DA2FDB68A9A6FB2CF811617C4C01C0E9EC1F99DB01C1658C4FE38EDBCE5E4DBA44213413D9AF139B35105CD8D50048FE443403D7270F62E83DD50F3141219D07BD88ED42530DFFC5EC6370CEC78398D47FC34EE3B44F32C7B56532845981D683E4B5A3C46AF9C62DD19BF4B84C43E53679DE2DE40473D13C821D57F2D9B465869B5AC0C0A1ACE60D8A0443DFA2F9C52B244205E7E0DA4C880063B5854934A22DBC0AEED0A703AD1E07FC5C8ED4D8C1FF637CED5E98CBC8EEA2B5AF2456518EC032DB0C9374E58FEA643117D5984990B90B194A05689985E2A05632DB528ACA8817A6AF5AC16425FEE85AEC137E30CF1AC4995E361C00012D204F09D301F942F7D8041FD25EB925140F8D1FB21CFB15DFB3C77362DD9D49D74669674939A8FCD7D9CE87AD546DFD3920CA6D73619D6C99FFB69541841D601B4B34C5FEAC67BAE5B759A081208A202B4892878968503AEBF15112815957A4CDB9FA781540D342287DF094D1F55F39543CE649E41C560DD8371922E57094650644F1EA0D5CFF3B28F003',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(6,'zstd',X'28B52FFD602F055D1B0016779431604D920E300C27415490D72058E0208834B22511919BAC45B91B499BF4CC60AF508C1EA5D84C5990B5457B7408E0442707850089008800D7B67FE0255571FAC26725CD08BE72AC8FA477DF64F03E39C57B86107C113D4805849E5BAFDEB17CB1734DBCD8C4D0716BD2714E677A8ED9EF703A65E5573FB97B0B6EA8DC4E353FAA5F80CEA4360A505A9A17183212D03A8F80BEA4822487C001CC0E935EC3C0570DD4D8972F367D241D402CB1DD0323C71A7B639998E12DCE6606211502147C8C1DB001C59C3EB2A59A60462E66B9C7D54088919E7EB59AEDF44C5AAF5A3E18BE21B34F4DF932836A17CFA57DD3B0D2A4F2B3F48E8A92FAC300D9B66F905893FA38B35365C13201428D09068618C028106102121012D69B304484DF3450DA43473610BAA6DAF3B3AEDCBAA94793EAF0F59CF4D26196968890F05AE73D2FBEEEE133433F87C02BCCAE858EEF3C220C5543C7CF5A8D92C92F70A0A8B0012FDAB5758010639BE36B2A77A4ABE4AEAB16F194F1E21E7A4B81F589DDB264E247DBCBA40345C542B3B12693E4BC68E7776267FD837DF7183FFA88020E14157775CE87D36A32D94D5DD91A734942C89DD9F4454DD59ABBDEF1F36D2EF972CC77B4644E87EC3995E3453A0D84043CF48EF40488911ED1AF7AAD0366EC911DB36472B85051CEDBD09AB860FA8401D8C3078418AAB15C9A26B38A8ACF6A71391AA6256734DC8BC896A63597EAC0653D446FF113DE176CDE0D14154B62A70F3F8B9F305C1F72CDDB60ACDE1F278955D2ACD3F5AE34F6847B5D98AC5DC553097B4EF88B1010EA4051C138CB04D174ACB8B0B1E6ED56933C76282042628C72D8031240975DA96646F7FFCF5813926BA95254B0F731CD9284D4326090149D49E010889C2A59A82B24104E0118E6693E98554002D307994E9284E9831B729ED1702D40571D13B905C2AD4502ECE6F59AE19D000C5B9D132C8C1F73981AA007CFAA6C6718D17BACA23DE05C003C1D3DB08282177F0F33030DDC03484038629A460FC2220C3EE4E02873E05E431A2FB60B1B902D7CC38729E13F346E801032261F5E94820B4BE5110725082B01701D1BE87B949296984A020E3FC9093E611ACEA85089B8AE124391B052387DC361F05C77A1470D5ADA2C7688EAAE0A7442AB55189B82A303B0393446AEFCAE911E369390BBF7113D03831035C429D5A304C9CF3A3447536C51BA2D13E9A938D916677777',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(7,'zstd',X'28B52FFD60B00CC53200EA551C0E2F606B9203300CC35010043732486F2A05C944D63AED2669AF864ED9AFFAAA2028BEFD7FF2F56DA3E4667F10C0915C0EDA00C900D400BFF9C08601C9740E9B17A616D7F1A331DD3B33A7F219AE735C7E01BC13D2EC4012ABCBE51CA379A545486AEF9DABF8CB293D9619BC6C7420940C999C3855AB0C503E1A21304D553A1843C6021B48D1835102DCB9083CCDEF4861F6AD32870029D65C01A95CAE4C6912104ABC9929FA1550708BCDCCA56A2CAD1EC378A95508B770AEBF54EADFF81EABAFE89C37BAFC30A8DF3B26BBC75BF8DCC986406829CE1FD811971085248E38C7FB660997F4193EDCB2509C4AB5D86F71DED9B8605ADCA2AA6D805044E324285038242A2E224838242C1A5C5448508868042D61249BEF5964CA3D6FA7C22473FE7A4A2F2E59691BB27B78AD47E356D2C93D864955328FEBFD4175090C74A6728A3576CE573A869A7451D882CA56DBD6E52BCB634C9DF3077D5B8499C363305C653AFFB6F39CDCF300DFDC3C32FC0D7D9135D719E15BD6C74E9513118C613A47C759BA6764BD3AD7A84C195CD8F9E357CD29E131FC91957B58D334BF4739959D1165A95251CC9D8FCE2DCF5E4E2D1EC361C6F0FC13766BAE6786E99BA95C467031EC8CA4DF37E5189D8F4575BCB79AEB02A1E441E5DDD6C52D9FF2BC1C93378DFB712C9D0B30A065C5393C9EDF8D218E9F970401972C0B44F27C67DAA60FA0698C170086CDCC6AEE51B24F31FE6374AAE594BEBCE9388D60054249324565441F59F6B5222FC007B73A71897B76A36BA5C67FAB4FDA7C282A4C73DCAAC52DBCB9205B23B681500194A492CB9B8D695371844B7C595D23DC8D4A65AC8190C36395F19B4C3EBE1F9ECAE6AEC7C807E222732BE9F3DABCBE351A962B57D97D429236D78DCF1D9B4F67F8F87939F76CE3128637377CAE97DF1A5775DD281072E8FC57A79501D10C89A1C30F0E5B1D08250148C306A46103F2D725371F0E9272411C30807CFDB2E330E5034A1A3F6C0142EE4D71D21DC663F643847BCF4708A7302B101A90A07BB60B4D26E4BCE16A9BE0E0926F56C695E176630B6AB349B50D04A0EE2659D26FBC108050C234CFFE940D867C98354C6EA6F3108617C9B2F9B8C790BB0F7556CE3D6C59E5376A5AF57C48426559382B20E480ABDDB86737AF10C77BFA5D57997616841206D39A272A1CE369FCEC9416C7C00C8D3D230E5FB781925F0F75B5794F6386DB79D0F5E98C485CB2CA1616D33DACD6F33E0F360EB3C0742682C99693F293FD2B3B278133A8F120734CA19119110549926438210408C26018C5D83B122065414D4A651388480A52925476F60E8D2400D28486F1C45A79B28ED2F44040A59D2BF4B76323624DE98A413C263F108B6CCBA46BDAEB733C24AD4305EB31095ADF5FEBBF95A6F4534D59602118B24E2DF99D706CB1F932ECDECAA881C1B77B96CC27EB2D9356FBCC1A5495264222456E3B35F585A72B85B7CC6D8624A2A00DBACC26B60B3D921788F1956F8A981D0C0E839F5E4DA15E84F01EB5420D1A5DD6CA37B422C161E82D9B03E169EDB875BD559D23CAA64F6AD4F71B33F2C54DA886E082D6428191BA13E00D05438EF0371B1176E451FA5321E6864C73BFA8E456394934AFA50DA4C14C61BAE7BC1D26A208E2798A147B47A02C92726F9F4AD3591493DBAF31AA1BE8AE33BFD64F9F01440D35ACD9C43D44C6D4B564D1A135A64EC161D8A42233CFAFBBD26F1D1BA9952F8C17F0393D289CC652B4022C3CBF2EACC83786448271F7B62E13498C11DA3468E6DB3B7E4D98C071A2447E0A292B550CA8B4B9D6C624579B8117D4ED30B5D0A8C5F7E74C8B5F6A649B9313EB0BFE241EF33722103F4055E13F400F3FA2F5C3115C4DDC2D8444B86629D88F7908FB93D091E015DE7BDDD5F9433F0CD414CCB236462F116E8BA17C1F2A6C6C4001352D838B290CA600ED454AB39DC7E5CB56F33699130BE1EDF18240C22142C8E92D31C480F77D9A8236F9307B8A4FD5249B6510A65F47DDF6B6DE8C14DE4B241ACB04F0CF91522F3600225C20228BD6E52E09EF0A6690C9453FABA3550AB86FC22AFFD84EB734902EBE369E0C897A89C8FE9F98E4DAA01B19ED7645E66AB7D2DDE2A6E1C927EEB0F8FE55261ADC44ED982C72299A4D8FBAE1497F5B9BDB1899DA32CF10902274E3938538D4DD09F2A342C5756A2611C3C79F59E2D0E3CF2A50E82EECE78E02A4932C4A8DA09C85BF9B96946B89768AA0B317C01A3BC35BEC5F8B0994AFFACBD43269C1D1B9E2706711FB1D793521D3A10A',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(8,'zstd',X'28B52FFD60790C3537008A62441031406D9A0E46D6501A8661188228922552C29AC81E0969CDCA6EE0DB2A8C3103133A3B0C3CB373C14146D1A4D8DA0C4FD288F900E900F8004AE1D99AB735FDEB086254119798B727BEF39E9BE87389F29B17258FD56B6BBE7D8A5CDD3A3BCBFA7B9D3799E28D9A8DA75E5DA2EF558D5FD36F2611F2880F10F03F32302C4C7850E102435134D2E605AEAE4D411814071B189EA171050418501C418189027F1C78B3288E495AE1EB26A6F107B317590AB9C265F2E29385A27446FA9C9B75F939B8CD673BAABB5BC69C55C95954FD59DAA8440CE520DD08C25E33327741C98B2783900A9F32945BCD503815DB186CBE495E2813A34BB3596E4361E970C2243A766BA12C630E43991A17462CD19A2388C27DCE5A86C27C891C59286AAD6650EED1E6BCD7D15D503AAF539727DA73ED43E84002B8279D2793A2FD45D296A79D4A6BDE53195DD2FC41DAA4E33199BA259157259F94DD3EEF22BF8935BF0CA9C8B89CFA3DBAAC93FEE06589CF5E1FA46F3B4C831E5DB8F3F816BA7DB36023FDB128B34DBAA0E71C121BA9F4BCA61F93F1B51B29D7D742E997C171896B633840AF421C20153372A60ECB324929DC1633EEB0DF638CCB361CAD93DB153A9BF465A76E5FD8197DBDCF59109AACF922CF3D1D45FE601273F5C18DB074A2D2D6E2D7AD18EFBBE76A452A9D5B99CB73E3151AEFA98BF0000FBE602FB3F8351B8A22F1DC6B7A35CFACBBD839D19AE5D382A088A16855DA19C286BF97689CD7410389B60C79DAC7122557B5BA2C030E4814300040C05937BAB5F0F98481E95146C7AD882DB489FD968D946F3F3D0E3E85FC732C99669C6C78964E78C51333CE69BBD8AA5B95517375ABC9A04462CD69CF1EF4692D57D63CAEEDB95E4EC3ED1545426D5FDBC404C5255D177118F76D51EE4DB843625251F36F3189BDBA37B974FC7113EC68390E77C9E1E3F910629B9984F03D8DB663E8CED98871EEA4ABD4E5F8CC8CF56AC306AD49F6AC395054461A89E8BD092AE889349C21081B88728CED4DD4C1BA0BCA547244357C62E2C083C03BD288FD1AD74DC64C9A5A1845BE74ED8FAEE4D3BAD6E756BABCB45DDEAC4FDA82F8B6F39609050B08048ABAC91EEF253C80E8E80081277AECEA265BA734DAF0B52A9469B109AE86728CE1D9EB5BCA0085BA2A2B06402CA080435085E94A491F28EA9E55495E409469C9632A7E152CE95A281C4EE5C5AF1142B1AA7057976336624735F28576A11B066F256726712965D3EE45680E57E1CA6E41B824AEC69BA3DD48E5479B8D3360B506F9461614C55950CA8BF0348E207B6BDD84A382F0060EA72909A854C51B443A71D796DFA37BB8D6EE09281C3B2825557F585BC46AB3249AB48EF9269FA078DA4DE86C5C42A932BC88EB164F41E8B8441E634D1EA40E9C348BE7C41AB55AC1E2E66066C5ADC872BB26B9F2634AA2694997598B3644481219B3E6B670A18A6B07813AA8211D634821921111912449321C21040903612CADBD031170B1748A240549D26EEB011B600100C4C8FC78638A88E70D2083CB3737242A8E2E1B29616BA71E2C404D1061C48E9F1A0EBBF889BA4F67937BE13F7A9B2FFE6DE4917495347DBCE5712F8E940790A4B0B1C67DE8C411066CA146D7E53517C6ACA20A9F69CFEEB08081D9793AB2A5A11342DA97B608E9B990A9FA2E159E7DA60F77000F5D0052753CD0F54D851486A8119EA3C7D3E97722435268C8D328C3CEA5BD60D65203B8D233C0BA1741A70F0901E686BC047AAEA28F819EDA47D13822A66C33578EE1D2CCE7D423F1426AA34020190048989CC0A6E36DDEEEECFB5A8F266B3D02E487112619EC09C5610A5CDCD5DE05D3FC0608C203F4FD5F5344A7CC3E074DF984BB9630DBB32E29C09C4D7F15C762108ADF5012BD8CA3C56E0A349BAC4E85F7ACE38CDC06108FB92465ED8E19A85898673A5182BD5FB3F6A3079336E2F0CD01CAC46EC0A585DC7631C547EFAA812CFF1BE636055DA3B3E15E36E1B756CC464E7FB704010DBE07C619682930F17002C0E31A17B0DDA179F0C2BAC9A1D0B2D63734C1F59C210CC13ADBC4A0581D2C183884653DF455069AFB2A61A328AF30A08B839902C2BDA4A960690F6A20562F431BB643B7D209A9D06FBA014400DD94DB485F851F8B83C0977057750630DB77EA90B1F706D184B18EEE93F50488CCFBE252EA2C93449C6D00EACB44107EA5DE18A56D9CDE30638452B009C4DAF634D86535225FED6F37CC49400413F8D6054F69D36493A58FA60B9C57B1397A0DEC3DC3B4F9245CAA5863F0986EC25894285A4A1A9224A290D9F19B85BA032E9E59C4F660D06B3C3F48364FED6499FC2041115BCE69D264E4124B7AECDAC0CA4E6170756587F093086A0B0AB29A3CDC65325412CF54445CA56F45CAF384763F7C4892D4E48728D8D6B7B3D9184350D4FC4FE3D3A87D9394DA1CFFEE74FE5EFF84BF30EE993379DEF89FB4D4ABBC6E1B38EF548DF7BF12D82A',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(9,'zstd',X'28B52FFD60F104AD1A00F675902F504D9A0E30B388CCCCCCA01EC46E494E13D923BCA459D956878EE2718F1C0966807E73034423989ABA6FCC848D60028C007F0080002BDA3DC5F1C52591F99E437CC00504F8910C131A0DC68594184C58B804C41707142438820581C5110205CE28A93948259CE1E3283C8A4849615318F78CDD1195C7783D5266BC708743AFB2E92E77CEB6577B9ADC170516677A418F76B141C247B731F2C173598D84AB12891B9B3D89C48CB9B84524C55631247494392F76C30AA9133B5579AE73AEFD67358DEB60D655DECCB272F1A1E75EAC72415F52B759E128EE06BED88E7BC47A95E1C5D3D070333A6894B6CD4722FC1E7B4DE351728B8F1EE188A9550947662225056F53E6DBD4F188ED615E61F3B1F731FD85A9D1E203DFA8F69921333E185E0EEED3A42DCDA7CA91E814639B48E8D471D581891E997620EEEF99B747F6283E4B06181E1A0515366B9B07202ED3BF53A9124F755AC452A3BCC751E50A85ADE0C3B9CE071DD962A063375D852AF1E1C657C7BCD7716DD3A0B91CE587DBC74528F1818C7145AE648FE9BB62DABF65EFC27331C617559EE3A8F280F436E611E3A66B91CFEB9AAB8E6CAA28775E877015FD62E2A073C6434A0AB58E23CE709B11C21D0D49E1639121AEE0D0212D8B09D3C6D5DA251F2CC5F882A4424A8A760AEEF33BDF8F3D1113479D5CD792230863AD3964AD414A0AEDB59C7BF561FA1052AB0AEE53D7E3F20C2097731BF08A35859CC3FE69F24E540B9DD56BCFE94407FB9AFB0F08A6AA6615FA2EB63ADB91DB290DFB587B6B9EB1051DA1D5BE6535E323196B7BC7752820022230464178031068573449074E20BF0DB84A38F708A048C96BCBEA43C9B0B71790565CAAA4E046AE1596628E9D92980A4811C1622087909409409064108357D19D1F808619587E915273433751552B7E016AD5FC0638D360965CDA032C1A2CB99C00E1D1D6B10360D200DACC63A799EE5260D5CF7369CAAB87DDB75A2367CECD06073415B3E08BE4DBC103522AE5C2580E6C83B298C2230730B0C722E8C174DF8E6B57801C82C5A239514380A4E284711CF81CDAF0D34EDA04EBAC76A4D59E0437A56E54ABB239FDC143050A35308B7218D0027DABCA0B5D5086EC766D2F8AB3323FED40408E1CDF2B321B41D0BA4E9BC48EA4F2368B4B6AA03EDC03E813F01BB5841638677F86BF4D71E28C02',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(10,'zstd',X'28B52FFD605E0D5D3000FA527C0D31604D920E300C1B021A24C50380022E1249DB52126DB9C95A948434B9B7066A821EE5002F2548D8171C93DF90EE20C72825C200CC00CD00B7870A1D95AF4367960CBF8FCFAB4F63E3F869DDB9D1E686AE54D97389B7311A12ECC638D3579553DA2BCFB0F94AA5735E8B0F5DBE0E9BB7AE336A7A2F6CF8397E73B60F8D52086951BCE2DD143C69685A4D15027C64FA39E79EB0171F99AECB1E7A43F3D8B732AD2ABAF6D31D1FC79CB1AFF9F8C8C61BDD46C378DD6A401084B1ADECA50B8E8EDCCEF0462993565238DF79693642C62BC27BF5C27BA54AF8D223EE42715E6CCE951547D9EA1CACF065A5E3701520083B56AA3F9D2A9564468428020E1E80171DAB8E03290344A751393BD475E3AECBA5F5750B2A672CCD057771E5F552F4664C6E0A2E3D23E5BD84C50583919D2F4D0B19A6331C88CE9FC5072A4D5BDC3CA4C36459AA561B5F7D4AAAA9B3AEB9A3CC9FE3950A6142901216174983CCBA32CE51314576061DEE936A0357A24CD7F8E8B8A6233C51D629F6E36434003823614A778480200092BD2F32AD0CDCC345C6C18736119EA843D9E8969DD3E140C2E2E28CB45AE19AE930A074BACA512AA5B127A58DB2D1B8EDDF3608643A9D2353CBD2F6943DE68B4A5D134F52452B6472745153869B2142870C3F4ADD2674DC4286038224AA1B3995DF9195E9B2ABA3EC18BB65DB72CD8D2E4578754A9937B47143C8C4896D5E56832F5E40CA7C8F2AD6603A6430252A798CCDB75978822B1B2B1D0038A35753843A1D0D5FBACE91C9F0049572DD97AD0B1E9370599DEFA6348A143A773C21903A4727FC362BBE790C5A1B900117287EF9B8B6326C95E94621E0490203050C9C71E00CDAAB3863E53529B99B1E1B1D28D96F3982248CEB163D21016C6D70B97D399A8E0E5D85E9D5AD6C16FB1CE0161306C8030A08830AA4220392A103AF5BCCC9D83E3CE1E45C844F2763D953BFBEE4B9A4DB50A96C5EE0C0BBA972CD8A1E1F2E1B9AE18CE66C6032E81C803BB1179E291024496B0FD7EF7ADB8B901526FE3D9DE8D8A16F2E0949585C3C12112EAE453EF507AD6BD578E172CC42A60B7E7F5AF3299E20D36D0DBE96755193FD4761BAB63AFE930E5731373FEA1663C964E066DCBDEB728EFB24212FAE6B181DCAF8885229FBA9D64074C8CE47C2E2026120C8A6A44B8E43C6232C2E9246C79E088B8B675B2B3C596DE8039D67713B078123A8411D534CA9191149921432AC0121040943719CF6DC0112A0A5552959D5A4A0BC527FB60E761637BD65600E95228B40868AE89CAD64B6589D11706762978C65E49C353F4A4A773128085C320AB992F71F2D632A3B618838409363779551271F62AEC8D4454FA6207BD055132912560142A0F5C4F44F5CF8CD60C84C4EC9400425AA335C4800CC20149E125C6D65000245278C0C6289BCA8A698DF7E396A40827431BB994BAA56D041B96116F407821832F32499F2E595C41EF3971AF7A51CA4315E0B196B05646C4432B682DA7CA2A39E503C7DE17F5219FB07D4EEACEE02621D363C6438099939907D0D86192AFAA374F2F21A48FCA91F71201AB341AE78D366FEE7C5D60587C0F0AA10F9BCFDA01A75D896A8DA824988E3027BA8E181EED8BCED15D838686B79BAF84D818CAB7B86027BD3B4685EE8A491CB3D5DC1563A10705448C3B967F8F425F17183142105AD32F8FFD0D0BB034B384380763FEBFBC719F20498C7577A96F1BE5924A614B6DC20F5B12AC3FBFD7C0CE01EF379320CEA591EF228F6E1CB4DEAA7DDF83E2DB2882A004606C50F7950035951A9F28498DF5A364893487DB5053A1B7B1BBFDC1BF581119BD858775DD3CD8B9CCBF08BADADA31BCDDA49B41F809478229F009B7ADC7B5D8D738DA287A6B671210D5D3FC3D68578C8C41847CBF3EC1B6426B5974FE11A94C431439ABD36A0DD9DB8BE8F2BC73BA3BD256716FF9F0CEA8892D69477193691CD81711FE739CC8D6A53322EF5F8CE9E8272938E79C4832131B87248D6A82E7D84370130E1E9A149C913E7D99D932CBBE824C6AC20F9D1B0D046619277E81B5AC3163DD0458EB4AC93DAD7594344F72E9E1B38C7B6F6309FA33B428CF1DF71072984E041B764E8E01A2C78287DF1E338456FD38F9EE202EE305237052433142170D80B2A3DFD19D3C7EFD81A488545552412A801',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(11,'zstd',X'28B52FFD606209BD2800CA48A80B2D704B920EFCFFFFFF7FC903C019A769D2B624079192AC7DB91B917BF3AA30129EE230F91A8B5AE86D0C007A086BAD00AA00AF000BE932876DA973AD3962519A5062835E8DB0E82A6F58D37B0C44676C7075CBDA8137D29845CF158908A228D613CECD3D3852AB15DE30802089C4F71A73CDB3A537DEDE488E8E979DA762336B19D12F75DF2A108BBBE676ED33EB8AAA43BFE32B85CD796FD1E6758E726902801BCF0DE35FA2FA5EA275EAC90208C28DAEE20A558B63C9D9AE8AB5F3637497C335381E8AC45EBAB7191C8FEF310C263EAAB3E50527700BDCE62F8EA21F6C6506028AB90A0F8E078224F6D64E9DDF62E792D5A8B0737D83E381AC8CD2F4E0789CAD395A4C7D66609BEA3C7E9EA5B336ADDD9A088D8F30054DC1F3AEE94B7E07197BFC86E25CFB74104112CA1297BD6EB67B7379D6E078B4D9A2BDEC7B0CFDF562EC895785A17CA21614458F6EA16CB1DADC5E3A84DC4BBF9A4EDADBD09ADFDA591DF3311E40C0F35697237A95B9ED7512D0EA39051024911CA9A5B9977A3559D9C15E776C594BCC51DAEF0488E1286B94C16DD1C1118B96CE8F750F5D020457975040904462DC63DEACCB1757957752E0A27DA18AEC5462A7B0B4E5BD92C6AE36E812DCC3871A9B73C11D94E1C12CF044F3A14DBF041D82FB166BCBD3D2B1DB37AF859592ECA527BE55AEE885DBE078247897A60F10F0C4530B5D3A8C8CDBDB13A34A16738EB97079D62AB47D6A6CD459BA8B55C4F362D7DF0501A14864E87246AA0AE66EB1D7289398BAB1C73845D72076691EE631524FE21B01C806C723D1586DDE539407C7A379EAD405E569E31236A540A71ACDC5B137926269EA23581B8D0A13BC704A69852B69C63DE7A50CBA444ACF2E5D281720486241561443C88EE8BCE5DA9A17B598ADF314D6AB8991C2619FC45C6D4C5DD6C11B8BA61E8767A35F44E5C1F1E086EA738BC7D8EBC4A5DC7E4DB932262E9CB6DDD8CEA58751D96DAE334A5B0E29C5B0F4862A667148D402BA45B9D24953CCA55B8ACDF5635C72576B26CB2DDF4BD72803B10880F4A8519D530C09CD88244941D21C2042420882EE3C1160355555D324AD010A8391DFBA71A84A301AD690969F689F14AF5F9D5C531C01D8905C947F2C46BA519793374424956D36D6E884681E9E75145D4B1EE5CAC2A14091D2A57AA55395D171D368AF2D15B68550222D7184C2EC13B3D08ED30D8F69E3E4E49EED86D3B9F3FF4D57632FDB0B0E196CB32B816BB02DE50D22D248D854C417AAC234EBBE7B477CEFC2145EE87F64281ECD49CB1FAF842E1E05736611B4A786CCAB3DCAFD3DCDA7AB976748AB950EEFCDC4EB91AA87D35E8F0A635F48E5AC0A8BAD808434922ECB92E4B9BCC3EC21C0B8E93CE1C0FB39EF688C4F34FFFA65C90FFAE94E39121AC404B888C6D7D0012C9F1135B394ABCF226D22FD911995308666000D24FB6D4A7F076312B9B401FEE7E22488147CF335D925D6B609C8C3D981181B7CA31075A8893BDAF24038268814D4EF897D056731032AF0C89F971C0CC6D7DABBB638B1EBF0734213FABFC88D69218C376A565C343D843434E835A0120EA11E67B3376673E27884C62450158D8815BEC0B17C1FDAABA0E319D5215A1BB8BC2D6531C7E53611A080E42CEE4DC5A68E44EA9E1D4AA85E15949C3C0194FD0BBD00D46ACA5A2603856AD159AE32FF5E1FC4B2D038EB5D27A05C6BD6ED9365CD0191DCF00096ED9D42C57BB1AF5E29A5E460940A091426B911601649279AB8FF21DC70F24F19437DC66F827DE2734BFE00F85E7A164E804484F9900224FB56916A547AC712359E7EAE9C1A4F554534AB',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
CREATE TABLE corrections (
    -- AUTOINCREMENT: an undone correction's id is never given to another one.
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    target           TEXT NOT NULL CHECK (target IN ('article', 'quote', 'caption', 'speaker')),
    source_sha256    TEXT,
    article_position INTEGER,
    quote_text       TEXT,
    caption_position INTEGER,
    speaker_name     TEXT,
    field            TEXT NOT NULL,
    value            TEXT,
    made_at          TEXT NOT NULL,
    row_id           INTEGER,
    previous         TEXT
);
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
INSERT INTO "quote_terms" VALUES('essential',87);
INSERT INTO "quote_terms" VALUES('europe',83);
INSERT INTO "quote_terms" VALUES('expect',83);
INSERT INTO "quote_terms" VALUES('expect',87);
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
INSERT INTO "quote_terms" VALUES('find',85);
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
INSERT INTO "quote_terms" VALUES('israel',87);
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
INSERT INTO "quote_terms" VALUES('product',87);
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
INSERT INTO "quote_terms" VALUES('shortage',87);
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
INSERT INTO "quote_terms" VALUES('table',85);
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
CREATE TABLE "quote_group_members" (
    quote_id   INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL REFERENCES quote_groups(id) ON DELETE CASCADE,
    -- The quote's article (quotes.article_id), kept here for the queries over groups.
    article_id INTEGER NOT NULL,
    -- Similarity to the member it was matched with, 1 for the group's first quote.
    similarity REAL NOT NULL
);
INSERT INTO "quote_group_members" VALUES(10,1,2,1.0);
INSERT INTO "quote_group_members" VALUES(12,2,2,1.0);
INSERT INTO "quote_group_members" VALUES(49,1,7,1.0);
INSERT INTO "quote_group_members" VALUES(50,2,7,0.667);
INSERT INTO "quote_group_members" VALUES(69,1,10,1.0);
INSERT INTO "quote_group_members" VALUES(71,2,10,0.667);
CREATE TABLE quote_group_outlets (
    group_id  INTEGER NOT NULL REFERENCES quote_groups(id) ON DELETE CASCADE,
    -- The outlet (0: articles with none) that carried the group's quotation.
    outlet_id INTEGER NOT NULL,
    -- article_first_keys.first of the earliest of its articles in the group.
    first     TEXT NOT NULL,
    -- 1 once a member has left the group or an article of the group has changed outlet or date:
    -- the group's rows are then computed again from its members (`store::quote_outlets::refresh`,
    -- before each commit), and read that way until they are.
    stale     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, outlet_id)
) WITHOUT ROWID;
INSERT INTO "quote_group_outlets" VALUES(1,1,'02026-03-10T11:05:00-05:000000000000000000002',0);
INSERT INTO "quote_group_outlets" VALUES(1,4,'02026-03-10T18:30:00Z0000000000000000007',0);
INSERT INTO "quote_group_outlets" VALUES(1,6,'02026-03-10T07:42:00Z0000000000000000010',0);
INSERT INTO "quote_group_outlets" VALUES(2,1,'02026-03-10T11:05:00-05:000000000000000000002',0);
INSERT INTO "quote_group_outlets" VALUES(2,4,'02026-03-10T18:30:00Z0000000000000000007',0);
INSERT INTO "quote_group_outlets" VALUES(2,6,'02026-03-10T07:42:00Z0000000000000000010',0);
CREATE TABLE speaker_outlets (
    speaker_id INTEGER NOT NULL,
    outlet_id  INTEGER NOT NULL,
    quotes     INTEGER NOT NULL,
    -- Articles of the outlet that quote the speaker: an article has one outlet, so the sum over
    -- outlets is the speaker's articles.
    articles   INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, outlet_id)
) WITHOUT ROWID;
INSERT INTO "speaker_outlets" VALUES(0,2,1,1);
INSERT INTO "speaker_outlets" VALUES(0,4,1,1);
INSERT INTO "speaker_outlets" VALUES(0,6,2,1);
INSERT INTO "speaker_outlets" VALUES(0,7,2,1);
INSERT INTO "speaker_outlets" VALUES(0,8,2,1);
INSERT INTO "speaker_outlets" VALUES(1,1,2,1);
INSERT INTO "speaker_outlets" VALUES(2,1,2,1);
INSERT INTO "speaker_outlets" VALUES(2,3,1,1);
INSERT INTO "speaker_outlets" VALUES(2,4,4,1);
INSERT INTO "speaker_outlets" VALUES(2,6,2,1);
INSERT INTO "speaker_outlets" VALUES(3,1,2,1);
INSERT INTO "speaker_outlets" VALUES(3,2,1,1);
INSERT INTO "speaker_outlets" VALUES(3,3,3,1);
INSERT INTO "speaker_outlets" VALUES(3,4,5,1);
INSERT INTO "speaker_outlets" VALUES(3,5,1,1);
INSERT INTO "speaker_outlets" VALUES(3,6,2,1);
INSERT INTO "speaker_outlets" VALUES(3,7,2,1);
INSERT INTO "speaker_outlets" VALUES(4,1,3,1);
INSERT INTO "speaker_outlets" VALUES(5,1,1,1);
INSERT INTO "speaker_outlets" VALUES(5,4,1,1);
INSERT INTO "speaker_outlets" VALUES(5,6,1,1);
INSERT INTO "speaker_outlets" VALUES(6,1,1,1);
INSERT INTO "speaker_outlets" VALUES(7,1,1,1);
INSERT INTO "speaker_outlets" VALUES(7,4,1,1);
INSERT INTO "speaker_outlets" VALUES(7,6,2,1);
INSERT INTO "speaker_outlets" VALUES(8,1,2,1);
INSERT INTO "speaker_outlets" VALUES(9,2,1,1);
INSERT INTO "speaker_outlets" VALUES(9,3,1,1);
INSERT INTO "speaker_outlets" VALUES(9,5,1,1);
INSERT INTO "speaker_outlets" VALUES(10,2,3,1);
INSERT INTO "speaker_outlets" VALUES(11,2,2,1);
INSERT INTO "speaker_outlets" VALUES(12,2,1,1);
INSERT INTO "speaker_outlets" VALUES(13,2,2,1);
INSERT INTO "speaker_outlets" VALUES(14,2,2,1);
INSERT INTO "speaker_outlets" VALUES(15,3,1,1);
INSERT INTO "speaker_outlets" VALUES(16,3,3,1);
INSERT INTO "speaker_outlets" VALUES(16,6,1,1);
INSERT INTO "speaker_outlets" VALUES(16,7,3,1);
INSERT INTO "speaker_outlets" VALUES(17,4,2,1);
INSERT INTO "speaker_outlets" VALUES(18,4,2,1);
INSERT INTO "speaker_outlets" VALUES(19,5,1,1);
INSERT INTO "speaker_outlets" VALUES(19,6,1,1);
INSERT INTO "speaker_outlets" VALUES(20,5,1,1);
INSERT INTO "speaker_outlets" VALUES(21,5,2,1);
INSERT INTO "speaker_outlets" VALUES(22,6,2,1);
INSERT INTO "speaker_outlets" VALUES(23,7,2,1);
INSERT INTO "speaker_outlets" VALUES(24,8,3,1);
INSERT INTO "speaker_outlets" VALUES(25,8,1,1);
INSERT INTO "speaker_outlets" VALUES(26,8,2,1);
CREATE TABLE caption_credits (
    outlet_id INTEGER NOT NULL,
    -- The credit line as written; '' for a caption with none.
    credit    TEXT NOT NULL,
    photos    INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, credit)
) WITHOUT ROWID;
INSERT INTO "caption_credits" VALUES(1,'AP Photo/Erik Norlund',1);
INSERT INTO "caption_credits" VALUES(2,'EPA/Omar Qatanani/Anadolu',1);
INSERT INTO "caption_credits" VALUES(2,'Reuters',1);
INSERT INTO "caption_credits" VALUES(3,'Henrik Dahlgren/AFP via Getty Images',1);
INSERT INTO "caption_credits" VALUES(4,'Anna Rydberg/The Guardian',2);
INSERT INTO "caption_credits" VALUES(4,'Jonas Ek/TT News Agency/AFP/Getty Images',1);
INSERT INTO "caption_credits" VALUES(5,'Reuters',1);
INSERT INTO "caption_credits" VALUES(7,'',1);
INSERT INTO "caption_credits" VALUES(7,'Lindholm Port Authority photo via AP',1);
CREATE TABLE story_outlets (
    story_id  INTEGER NOT NULL,
    outlet_id INTEGER NOT NULL,
    articles  INTEGER NOT NULL,
    -- article_first_keys.first (V6) of the outlet's earliest article in the story.
    first     TEXT NOT NULL,
    PRIMARY KEY (story_id, outlet_id)
) WITHOUT ROWID;
INSERT INTO "story_outlets" VALUES(1,1,1,'02026-03-07T09:14:00-05:000000000000000000001');
INSERT INTO "story_outlets" VALUES(2,1,1,'02026-03-10T11:05:00-05:000000000000000000002');
INSERT INTO "story_outlets" VALUES(2,4,1,'02026-03-10T18:30:00Z0000000000000000007');
INSERT INTO "story_outlets" VALUES(2,6,1,'02026-03-10T07:42:00Z0000000000000000010');
INSERT INTO "story_outlets" VALUES(3,2,1,'10000000000000000003');
INSERT INTO "story_outlets" VALUES(4,2,1,'10000000000000000004');
INSERT INTO "story_outlets" VALUES(5,3,1,'02026-03-040000000000000000005');
INSERT INTO "story_outlets" VALUES(6,4,1,'02026-03-06T06:00:00Z0000000000000000006');
INSERT INTO "story_outlets" VALUES(7,5,1,'10000000000000000008');
INSERT INTO "story_outlets" VALUES(8,6,1,'02026-03-05T16:18:00Z0000000000000000009');
INSERT INTO "story_outlets" VALUES(9,7,1,'10000000000000000011');
INSERT INTO "story_outlets" VALUES(10,8,1,'10000000000000000012');
CREATE TABLE credit_lines (
    -- The credit line as written; '' for captions with none.
    credit  TEXT NOT NULL PRIMARY KEY,
    -- caption_credits rows (outlets) that hold it: the row goes when the last one does.
    outlets INTEGER NOT NULL,
    photos  INTEGER NOT NULL,
    -- Its words (caption_credit_text.words).
    words   TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO "credit_lines" VALUES('',1,1,'  ');
INSERT INTO "credit_lines" VALUES('AP Photo/Erik Norlund',1,1,' ap photo erik norlund ');
INSERT INTO "credit_lines" VALUES('Anna Rydberg/The Guardian',1,2,' anna rydberg the guardian ');
INSERT INTO "credit_lines" VALUES('EPA/Omar Qatanani/Anadolu',1,1,' epa omar qatanani anadolu ');
INSERT INTO "credit_lines" VALUES('Henrik Dahlgren/AFP via Getty Images',1,1,' henrik dahlgren afp via getty images ');
INSERT INTO "credit_lines" VALUES('Jonas Ek/TT News Agency/AFP/Getty Images',1,1,' jonas ek tt news agency afp getty images ');
INSERT INTO "credit_lines" VALUES('Lindholm Port Authority photo via AP',1,1,' lindholm port authority photo via ap ');
INSERT INTO "credit_lines" VALUES('Reuters',2,2,' reuters ');
CREATE TABLE credit_words (
    word   TEXT NOT NULL,
    credit TEXT NOT NULL,
    PRIMARY KEY (word, credit)
) WITHOUT ROWID;
INSERT INTO "credit_words" VALUES('afp','Henrik Dahlgren/AFP via Getty Images');
INSERT INTO "credit_words" VALUES('afp','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "credit_words" VALUES('agency','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "credit_words" VALUES('anadolu','EPA/Omar Qatanani/Anadolu');
INSERT INTO "credit_words" VALUES('anna','Anna Rydberg/The Guardian');
INSERT INTO "credit_words" VALUES('ap','AP Photo/Erik Norlund');
INSERT INTO "credit_words" VALUES('ap','Lindholm Port Authority photo via AP');
INSERT INTO "credit_words" VALUES('authority','Lindholm Port Authority photo via AP');
INSERT INTO "credit_words" VALUES('dahlgren','Henrik Dahlgren/AFP via Getty Images');
INSERT INTO "credit_words" VALUES('ek','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "credit_words" VALUES('epa','EPA/Omar Qatanani/Anadolu');
INSERT INTO "credit_words" VALUES('erik','AP Photo/Erik Norlund');
INSERT INTO "credit_words" VALUES('getty','Henrik Dahlgren/AFP via Getty Images');
INSERT INTO "credit_words" VALUES('getty','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "credit_words" VALUES('guardian','Anna Rydberg/The Guardian');
INSERT INTO "credit_words" VALUES('henrik','Henrik Dahlgren/AFP via Getty Images');
INSERT INTO "credit_words" VALUES('images','Henrik Dahlgren/AFP via Getty Images');
INSERT INTO "credit_words" VALUES('images','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "credit_words" VALUES('jonas','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "credit_words" VALUES('lindholm','Lindholm Port Authority photo via AP');
INSERT INTO "credit_words" VALUES('news','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "credit_words" VALUES('norlund','AP Photo/Erik Norlund');
INSERT INTO "credit_words" VALUES('omar','EPA/Omar Qatanani/Anadolu');
INSERT INTO "credit_words" VALUES('photo','AP Photo/Erik Norlund');
INSERT INTO "credit_words" VALUES('photo','Lindholm Port Authority photo via AP');
INSERT INTO "credit_words" VALUES('port','Lindholm Port Authority photo via AP');
INSERT INTO "credit_words" VALUES('qatanani','EPA/Omar Qatanani/Anadolu');
INSERT INTO "credit_words" VALUES('reuters','Reuters');
INSERT INTO "credit_words" VALUES('rydberg','Anna Rydberg/The Guardian');
INSERT INTO "credit_words" VALUES('the','Anna Rydberg/The Guardian');
INSERT INTO "credit_words" VALUES('tt','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "credit_words" VALUES('via','Henrik Dahlgren/AFP via Getty Images');
INSERT INTO "credit_words" VALUES('via','Lindholm Port Authority photo via AP');
CREATE INDEX articles_published_at ON articles(published_at);
CREATE INDEX article_authors_author_id ON article_authors(author_id);
CREATE INDEX captions_article_id ON captions(article_id);
CREATE INDEX captions_credit ON captions(credit);
CREATE INDEX speaker_aliases_speaker_id ON speaker_aliases(speaker_id);
CREATE INDEX corrections_source_sha256 ON corrections(source_sha256);
CREATE INDEX story_members_story_id ON story_members(story_id);
CREATE INDEX quotes_speaker_article ON quotes(speaker_id, article_id);
CREATE INDEX quotes_article_speaker ON quotes(article_id, speaker_id);
CREATE INDEX articles_outlet_published ON articles(outlet_id, published_at);
CREATE INDEX quote_group_members_group_id ON quote_group_members(group_id);
CREATE INDEX quote_group_members_group_article ON quote_group_members(group_id, article_id);
CREATE INDEX quote_group_outlets_stale ON quote_group_outlets(group_id) WHERE stale;
CREATE INDEX speaker_outlets_outlet ON speaker_outlets(outlet_id);
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
CREATE VIEW corrected AS
SELECT c.id AS correction_id,
       CASE c.target WHEN 'article' THEN 'articles' WHEN 'quote' THEN 'quotes'
                     WHEN 'caption' THEN 'captions' ELSE 'speakers' END AS "table",
       c.row_id,
       c.field,
       c.previous AS extracted_or_earlier,
       c.value AS corrected_to,
       c.made_at
FROM corrections c
WHERE c.row_id IS NOT NULL;
CREATE VIEW article_first_keys AS
SELECT
    id,
    coalesce(outlet_id, 0) AS outlet_id,
    iif(coalesce(published_at, updated_at) IS NULL, '1', '0') || coalesce(published_at, updated_at, '')
        || char(1) || printf('%019d', id) AS first
FROM articles;
CREATE VIEW quote_group_outlets_computed AS
SELECT m.group_id, k.outlet_id, min(k.first) AS first
FROM quote_group_members AS m
JOIN article_first_keys AS k ON k.id = m.article_id
GROUP BY m.group_id, k.outlet_id;
CREATE TRIGGER quote_group_members_add_outlet AFTER INSERT ON quote_group_members
BEGIN
    INSERT INTO quote_group_outlets (group_id, outlet_id, first)
    SELECT NEW.group_id, k.outlet_id, k.first FROM article_first_keys AS k WHERE k.id = NEW.article_id
    ON CONFLICT (group_id, outlet_id) DO UPDATE SET first = min(first, excluded.first);
END;
CREATE TRIGGER quote_group_members_remove_outlet AFTER DELETE ON quote_group_members
BEGIN
    UPDATE quote_group_outlets SET stale = 1 WHERE group_id = OLD.group_id AND NOT stale;
END;
CREATE TRIGGER articles_outlet_or_date_changed
AFTER UPDATE OF outlet_id, published_at, updated_at ON articles
WHEN OLD.outlet_id IS NOT NEW.outlet_id OR OLD.published_at IS NOT NEW.published_at
    OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    UPDATE quote_group_outlets SET stale = 1
    WHERE NOT stale AND group_id IN (
        SELECT m.group_id FROM quotes AS q JOIN quote_group_members AS m ON m.quote_id = q.id
        WHERE q.article_id = NEW.id
    );
END;
CREATE VIEW speaker_outlets_computed AS
SELECT coalesce(q.speaker_id, 0) AS speaker_id, coalesce(a.outlet_id, 0) AS outlet_id,
       count(*) AS quotes, count(DISTINCT q.article_id) AS articles
FROM quotes AS q
JOIN articles AS a ON a.id = q.article_id
GROUP BY 1, 2;
CREATE VIEW caption_credits_computed AS
SELECT coalesce(a.outlet_id, 0) AS outlet_id, coalesce(c.credit, '') AS credit, count(*) AS photos
FROM captions AS c
JOIN articles AS a ON a.id = c.article_id
GROUP BY 1, 2;
CREATE VIEW story_outlets_computed AS
SELECT m.story_id, k.outlet_id, count(*) AS articles, min(k.first) AS first
FROM story_members AS m
JOIN article_first_keys AS k ON k.id = m.article_id
GROUP BY m.story_id, k.outlet_id;
CREATE TRIGGER quotes_add_speaker_outlet AFTER INSERT ON quotes
BEGIN
    INSERT INTO speaker_outlets (speaker_id, outlet_id, quotes, articles)
    SELECT coalesce(NEW.speaker_id, 0), coalesce(a.outlet_id, 0), 1,
           NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = NEW.article_id
                       AND q.speaker_id IS NEW.speaker_id AND q.id <> NEW.id)
    FROM articles AS a WHERE a.id = NEW.article_id
    ON CONFLICT (speaker_id, outlet_id) DO UPDATE
        SET quotes = quotes + 1, articles = articles + excluded.articles;
END;
CREATE TRIGGER quotes_remove_speaker_outlet AFTER DELETE ON quotes
BEGIN
    UPDATE speaker_outlets
    SET quotes = quotes - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = OLD.article_id
                                          AND q.speaker_id IS OLD.speaker_id)
    WHERE speaker_id = coalesce(OLD.speaker_id, 0)
      AND outlet_id = (SELECT coalesce(a.outlet_id, 0) FROM articles AS a WHERE a.id = OLD.article_id);
    DELETE FROM speaker_outlets WHERE speaker_id = coalesce(OLD.speaker_id, 0) AND quotes = 0;
END;
CREATE TRIGGER quotes_speaker_or_article_changed AFTER UPDATE OF speaker_id, article_id ON quotes
WHEN OLD.speaker_id IS NOT NEW.speaker_id OR OLD.article_id IS NOT NEW.article_id
BEGIN
    UPDATE speaker_outlets
    SET quotes = quotes - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = OLD.article_id
                                          AND q.speaker_id IS OLD.speaker_id)
    WHERE speaker_id = coalesce(OLD.speaker_id, 0)
      AND outlet_id = (SELECT coalesce(a.outlet_id, 0) FROM articles AS a WHERE a.id = OLD.article_id);
    DELETE FROM speaker_outlets WHERE speaker_id = coalesce(OLD.speaker_id, 0) AND quotes = 0;
    INSERT INTO speaker_outlets (speaker_id, outlet_id, quotes, articles)
    SELECT coalesce(NEW.speaker_id, 0), coalesce(a.outlet_id, 0), 1,
           NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = NEW.article_id
                       AND q.speaker_id IS NEW.speaker_id AND q.id <> NEW.id)
    FROM articles AS a WHERE a.id = NEW.article_id
    ON CONFLICT (speaker_id, outlet_id) DO UPDATE
        SET quotes = quotes + 1, articles = articles + excluded.articles;
END;
CREATE TRIGGER captions_add_credit AFTER INSERT ON captions
BEGIN
    INSERT INTO caption_credits (outlet_id, credit, photos)
    SELECT coalesce(a.outlet_id, 0), coalesce(NEW.credit, ''), 1 FROM articles AS a WHERE a.id = NEW.article_id
    ON CONFLICT (outlet_id, credit) DO UPDATE SET photos = photos + 1;
END;
CREATE TRIGGER captions_remove_credit AFTER DELETE ON captions
BEGIN
    UPDATE caption_credits SET photos = photos - 1
    WHERE credit = coalesce(OLD.credit, '')
      AND outlet_id = (SELECT coalesce(a.outlet_id, 0) FROM articles AS a WHERE a.id = OLD.article_id);
    DELETE FROM caption_credits WHERE credit = coalesce(OLD.credit, '') AND photos = 0;
END;
CREATE TRIGGER captions_credit_or_article_changed AFTER UPDATE OF credit, article_id ON captions
WHEN OLD.credit IS NOT NEW.credit OR OLD.article_id IS NOT NEW.article_id
BEGIN
    UPDATE caption_credits SET photos = photos - 1
    WHERE credit = coalesce(OLD.credit, '')
      AND outlet_id = (SELECT coalesce(a.outlet_id, 0) FROM articles AS a WHERE a.id = OLD.article_id);
    DELETE FROM caption_credits WHERE credit = coalesce(OLD.credit, '') AND photos = 0;
    INSERT INTO caption_credits (outlet_id, credit, photos)
    SELECT coalesce(a.outlet_id, 0), coalesce(NEW.credit, ''), 1 FROM articles AS a WHERE a.id = NEW.article_id
    ON CONFLICT (outlet_id, credit) DO UPDATE SET photos = photos + 1;
END;
CREATE TRIGGER story_members_add_outlet AFTER INSERT ON story_members
BEGIN
    INSERT INTO story_outlets (story_id, outlet_id, articles, first)
    SELECT NEW.story_id, k.outlet_id, 1, k.first FROM article_first_keys AS k WHERE k.id = NEW.article_id
    ON CONFLICT (story_id, outlet_id) DO UPDATE SET articles = articles + 1, first = min(first, excluded.first);
END;
CREATE TRIGGER story_members_remove_outlet AFTER DELETE ON story_members
BEGIN
    DELETE FROM story_outlets WHERE story_id = OLD.story_id;
    INSERT INTO story_outlets (story_id, outlet_id, articles, first)
    SELECT * FROM story_outlets_computed WHERE story_id = OLD.story_id;
END;
CREATE TRIGGER story_members_story_changed AFTER UPDATE OF story_id, article_id ON story_members
WHEN OLD.story_id IS NOT NEW.story_id OR OLD.article_id IS NOT NEW.article_id
BEGIN
    DELETE FROM story_outlets WHERE story_id IN (OLD.story_id, NEW.story_id);
    INSERT INTO story_outlets (story_id, outlet_id, articles, first)
    SELECT * FROM story_outlets_computed WHERE story_id IN (OLD.story_id, NEW.story_id);
END;
CREATE TRIGGER articles_remove_from_summaries BEFORE DELETE ON articles
BEGIN
    UPDATE speaker_outlets SET quotes = quotes - x.n, articles = articles - 1
    FROM (SELECT coalesce(speaker_id, 0) AS speaker_id, count(*) AS n FROM quotes
          WHERE article_id = OLD.id GROUP BY 1) AS x
    WHERE speaker_outlets.speaker_id = x.speaker_id AND speaker_outlets.outlet_id = coalesce(OLD.outlet_id, 0);
    DELETE FROM speaker_outlets
    WHERE outlet_id = coalesce(OLD.outlet_id, 0) AND quotes = 0
      AND speaker_id IN (SELECT coalesce(speaker_id, 0) FROM quotes WHERE article_id = OLD.id);
    UPDATE caption_credits SET photos = photos - x.n
    FROM (SELECT coalesce(credit, '') AS credit, count(*) AS n FROM captions
          WHERE article_id = OLD.id GROUP BY 1) AS x
    WHERE caption_credits.credit = x.credit AND caption_credits.outlet_id = coalesce(OLD.outlet_id, 0);
    DELETE FROM caption_credits
    WHERE outlet_id = coalesce(OLD.outlet_id, 0) AND photos = 0
      AND credit IN (SELECT coalesce(credit, '') FROM captions WHERE article_id = OLD.id);
END;
CREATE TRIGGER articles_outlet_changed_in_summaries AFTER UPDATE OF outlet_id ON articles
WHEN OLD.outlet_id IS NOT NEW.outlet_id
BEGIN
    UPDATE speaker_outlets SET quotes = quotes - x.n, articles = articles - 1
    FROM (SELECT coalesce(speaker_id, 0) AS speaker_id, count(*) AS n FROM quotes
          WHERE article_id = NEW.id GROUP BY 1) AS x
    WHERE speaker_outlets.speaker_id = x.speaker_id AND speaker_outlets.outlet_id = coalesce(OLD.outlet_id, 0);
    DELETE FROM speaker_outlets
    WHERE outlet_id = coalesce(OLD.outlet_id, 0) AND quotes = 0
      AND speaker_id IN (SELECT coalesce(speaker_id, 0) FROM quotes WHERE article_id = NEW.id);
    INSERT INTO speaker_outlets (speaker_id, outlet_id, quotes, articles)
    SELECT coalesce(speaker_id, 0), coalesce(NEW.outlet_id, 0), count(*), 1 FROM quotes
    WHERE article_id = NEW.id GROUP BY 1
    ON CONFLICT (speaker_id, outlet_id) DO UPDATE
        SET quotes = quotes + excluded.quotes, articles = articles + 1;
    UPDATE caption_credits SET photos = photos - x.n
    FROM (SELECT coalesce(credit, '') AS credit, count(*) AS n FROM captions
          WHERE article_id = NEW.id GROUP BY 1) AS x
    WHERE caption_credits.credit = x.credit AND caption_credits.outlet_id = coalesce(OLD.outlet_id, 0);
    DELETE FROM caption_credits
    WHERE outlet_id = coalesce(OLD.outlet_id, 0) AND photos = 0
      AND credit IN (SELECT coalesce(credit, '') FROM captions WHERE article_id = NEW.id);
    INSERT INTO caption_credits (outlet_id, credit, photos)
    SELECT coalesce(NEW.outlet_id, 0), coalesce(credit, ''), count(*) FROM captions
    WHERE article_id = NEW.id GROUP BY 2
    ON CONFLICT (outlet_id, credit) DO UPDATE SET photos = photos + excluded.photos;
END;
CREATE TRIGGER articles_first_changed_in_stories
AFTER UPDATE OF outlet_id, published_at, updated_at ON articles
WHEN OLD.outlet_id IS NOT NEW.outlet_id OR OLD.published_at IS NOT NEW.published_at
    OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    DELETE FROM story_outlets
    WHERE story_id IN (SELECT story_id FROM story_members WHERE article_id = NEW.id);
    INSERT INTO story_outlets (story_id, outlet_id, articles, first)
    SELECT * FROM story_outlets_computed
    WHERE story_id IN (SELECT story_id FROM story_members WHERE article_id = NEW.id);
END;
CREATE VIEW caption_credit_text AS
SELECT outlet_id, credit, photos,
       lower(' ' || replace(replace(replace(replace(replace(credit, '/', ' '), '(', ' '), ')', ' '), ',', ' '), ';', ' ') || ' ') AS words
FROM caption_credits;
CREATE VIEW credit_lines_computed AS
SELECT credit, count(*) AS outlets, sum(photos) AS photos, min(words) AS words
FROM caption_credit_text
GROUP BY credit;
CREATE VIEW credit_words_computed AS
SELECT DISTINCT word.value AS word, l.credit
FROM credit_lines AS l
CROSS JOIN json_each('[' || replace(json_quote(l.words), ' ', '","') || ']') AS word
WHERE word.value <> '';
CREATE TRIGGER caption_credits_add_line AFTER INSERT ON caption_credits
BEGIN
    INSERT INTO credit_lines (credit, outlets, photos, words)
    SELECT credit, 1, photos, words FROM caption_credit_text
    WHERE outlet_id = NEW.outlet_id AND credit = NEW.credit
    ON CONFLICT (credit) DO UPDATE SET outlets = outlets + 1, photos = photos + excluded.photos;
    INSERT OR IGNORE INTO credit_words SELECT * FROM credit_words_computed WHERE credit = NEW.credit;
END;
CREATE TRIGGER caption_credits_photos_changed AFTER UPDATE OF photos ON caption_credits
WHEN OLD.credit IS NEW.credit
BEGIN
    UPDATE credit_lines SET photos = photos + NEW.photos - OLD.photos WHERE credit = NEW.credit;
END;
CREATE TRIGGER caption_credits_line_changed AFTER UPDATE OF credit ON caption_credits
WHEN OLD.credit IS NOT NEW.credit
BEGIN
    UPDATE credit_lines SET outlets = outlets - 1, photos = photos - OLD.photos WHERE credit = OLD.credit;
    DELETE FROM credit_words
    WHERE credit = OLD.credit AND word IN (SELECT word FROM credit_words_computed WHERE credit = OLD.credit)
      AND (SELECT outlets FROM credit_lines WHERE credit = OLD.credit) = 0;
    DELETE FROM credit_lines WHERE credit = OLD.credit AND outlets = 0;
    INSERT INTO credit_lines (credit, outlets, photos, words)
    SELECT credit, 1, photos, words FROM caption_credit_text
    WHERE outlet_id = NEW.outlet_id AND credit = NEW.credit
    ON CONFLICT (credit) DO UPDATE SET outlets = outlets + 1, photos = photos + excluded.photos;
    INSERT OR IGNORE INTO credit_words SELECT * FROM credit_words_computed WHERE credit = NEW.credit;
END;
CREATE TRIGGER caption_credits_remove_line AFTER DELETE ON caption_credits
BEGIN
    UPDATE credit_lines SET outlets = outlets - 1, photos = photos - OLD.photos WHERE credit = OLD.credit;
    DELETE FROM credit_words
    WHERE credit = OLD.credit AND word IN (SELECT word FROM credit_words_computed WHERE credit = OLD.credit)
      AND (SELECT outlets FROM credit_lines WHERE credit = OLD.credit) = 0;
    DELETE FROM credit_lines WHERE credit = OLD.credit AND outlets = 0;
END;
COMMIT;
