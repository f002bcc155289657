-- morgue archive dump (schema version 9).
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
INSERT INTO "refinery_schema_history" VALUES(9,'search_terms','2023-11-14T22:13:20Z','17700561657593687272');
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
INSERT INTO "originals" VALUES(1,'zstd',X'28B52FFD605B09BD2C00FA54280E34506D920E30338B481133CA233A53CB8420B15B9287C84DB627776B7293B2748B2EBA3137C3AC8DC82D70C291D55E0547D5E0A826D800D400D2002F3040418227549C4BD22088592F9E32E3183CB13BC3A52C1571967B0FFE4820ACE436FFCC5295585A9CE59B54CB292C591E654FF23B23A30B4A9E589B9C6932C3E61B343678B1B2EA541665E0A88AA07732921641CF629370B5EC61E458527C1D535E841C59AEA749304D4A2E9C80703DCD38490BA416C440AAD76103847D4CAE05E851CD2D455B1504F162372EB41656384A20C6EC4C2902AA2CA816BC97A340B830CC2582989125370986E5F562B309C4BDDA44102FD9B914F2883C28207610C2D35AAD8094A2168744A066D84C97B33CE6DA6FB21209BACE0E99A7D5945335DB73CE88CD6DFBDC79C7A283147F703A6F5325611A4B987D669ADD24B97A4E0C1B4C083D2A9CFB205306BB5BF3897E51B55296E5CE9892AF5A25579DCE1D1544E777B6CA7C75C2CABC9B626CCCF984BD608301593BBBF33D216591C1F3A989BE572147D5EF7B7AC2CDC66D86BB6D3904048423C1BBA9E4CE8B19BABC4F352A8C6BD0D878004804805F584468C00042850542CD722128EDA9A4C945819A3121885524C409C802AAA84A70E53113286136BABCC2D2023D8D2EC03D154107084010B803C1C51D1891895F44045DF107AE6EE43FACAD85E5B51F5D0D83092B7C772020F0870429D21D01126B6B15C22BB91302FE30F05CE26D0AE34CBBE9D582D8F08F6173AE4A6E47107A24BCE3AE63C92CF6177B7213642879B7656178EACC4E9DE6BD954CB263F3D472DEA0B1C13459EB5BB86F65E744A883C6C60377ADDC3B3BB7E9B81A5DA99C3B582A8519D799716909F7C768B7080E1A1B7F60A3DB26CEACBBA05A38B556E51CBB7536B38AAFC591C98BE66494E9828ECA936159E7E883F33175F094C7EFA0B1E1C0D530C9E7FC928D8CEADCE3A0B181D083F7F009E8C13431B538A33B596D702F10BA70E14223B2E3249D3FCC192AE710052A2A50B174164DAFD04CB71375FACFA6A513540310DCC19421165FCC4876BB4C587232D15526AD2ECBDD91186E63A9ED3C9772298E8292B3D32879C20BE6686AD674F91D437C1F36BBBD467904E3429E30222DEDDFE6C59F5E9DB07CAE394A9C33326F460A6BFA7C5B044569CA90171352AC93E095D7985A069E934A14422ECA7C9C0ED595F1F0619B296CE28B10D5874B728DA1678BCD8747D5B437DAD7C6C9448F19A7FEA0EA3FC718DD1ACE94122BD729D30380E7A821A1424829332322229224493A2042420C42293D11B03945A449926133DA62EFB475B9FD2CE14EFE0501BA4FD78F2F16BBF46D5283181983EF65C0168D94399CF53CCAD5B180DB73E921A046998309FF63B9D3F4427D5A4196EE08D313CD491123234A71A7021D5B774006B69CCF14644425D28C93B02297F47BEBA4D522B161C28DAE35A8BE9BA1F427E1AFDE51C474DA7B76A4D7008F1D5473EDBAAC9B0B7185F5A5C0CC17C097948152C242245EAB7443133CB1520DDC09CBBF1B74FE21018CAB2E593FEEA7C160D0B65D59C6A0635F3FAE6D9ACC26099B16AFC80887D53DA8423C057BC579C7A13FE64256EF8817D56F912F8F5101D04509F46C9281721DA54E0C68B02C1B800E81703CA011111DABBD2EECBB36F92BB11506090CCDCDF8992CC247989F3446E6A8440DE160BCDC09349C3FD4F07CF0B7F9D620DDD78697D560636BF5F104406DD43C1389907040516C5B19502F33279443A6267D3B0E0DE0F8FE23FE8A5A7F60A0158686A0349CF96ACFB8CB318790EC49B566285A9506B595A3E9587717C60ED168BFB4E97E29906BBB901B5BC9208D4A1BF3F99738174F88325154E87602465C02EBE5C764EE4FB1C035F3728CE0FF378ACD20DF7CDBA109A09B1D5C89F8B4A2B51329F4A4CE05C2A708EE99E9494681D88F8F577FEA25957D5F12EA508B65C895BF296704B8BC1210CED4EF43E7687D4255656A3BFDEB8B7DD6B97F',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(2,'zstd',X'28B52FFD604004251900E6B797317069920EFCFFFFFF3F72097D7BE49BDD921C446EB2EDCBDD88DCA404232C7F510DA8867A969856D628E6B7A66100BD02599000880088001408254C4797435846A0C7510308F7540311685868B8B2C0F00557261A105FE0F0010B0518189E50712E4793400CF7B194C359EE29F8F3801E65468A338C9E41DC73A73A3F2BAD32F8B38BCC179BB9775EE490BD74252D5D8E8EDC85319D171F0C994F02BDB371B4067A169B83AB650F1B881959727B401C41064F6B1502D287465CC20135C366BA9CE535D7BE939046BA2C77CE477019FDA2A3C1069FD8DDF9B378014141324188D11ECDA78B82AB8AEFAD1E4DD7715C8C3CEDA90397A3E8BC81A1E16B3920C4782E31B6893F6B0FBF7816106E4604DA4CCF6EEFA462A541D5CB9D3A8E6D61DC376F3247061DDFA6EAECCE4EF571B5F92A73C882E90F96BDB27F679A4FF8A43C46D5677A0992C9034838007884068D0644912B11BF8B3D480321062A5EEB9A91E1A6956AE28C67356B73A559B74850904CCE404E65CEEDC27F305D3F4E4C17E477D337C3C8B9D523D795E71EBE709B51C11B5DE6D8A85A0B2F6EFBC8DBD8EF0A64DD8133D6561320C4D8A68E3D759E209924768B93C15CC7EF7DBFC71EC5592E882F26764DA34B05C944E96DEACFE2A6B9C8C8F4CA945586B588B1EAE01EA18A8A0A842A48268C3E48AE6B3267B3E87C95D1F4A6111802085CE9A58A253E784A0DCEAE59549CCC535E73B3D04CB7BA87EA08819DA6FBF85AD7F0B5592664A91667C579002106362EA7D1E5AC91F7A9FECA66EDC8AD6FB5051D7E2B7B5A4D23152413A6D9F7C866BC60A93A237FD66ACC2D3AAA0B5FE49DD84D9759DBAB25554EA8A190410A31252006A10A8448DA82361086143ABD011050CA28852C074610E0ECC68F4ED63B0012319E906D2C48811EF391E41E2E2A7130947563CE5DF9D4FDB7401C953CEE2EDEC3A88AA3D90C55CDBE4B835AE2467C68300106E686B4639101414EDB68AF98EDF0C2B42130C876D8EEE2C67D20A82F5E6897A36F7009EA9D3F19BF7270A166450D9B03FF01344A3795E7007737246A98BBDCD380DFFAADB85FA9AC60CCB13AE84C23B15B73A7719697C8EEBCAB803195486086E2FFA9C5E95B05',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(3,'zstd',X'28B52FFD60C1111D4000CA6C741132604D920E300CC3300C700D8205B82696B42D25119192AC45B91B919B68A4C71878C8015E3ADA0AFB2C1DBB456829E8E87005030101011001CADA56689B7A358F2EA24CEAA5A9772DE75E6DBEA794318C0E99AA5C979CCD5985A8267F94B2C407AE5E1F6DA9DFC68E840025F10D6B89258E94B67265A9F8B8E58B602FE52E12341A11BC76CFD5511739F5E64B0F4C5FD43E5FDBBED3036F97A34BBC9AA3B49F427856C77C11CEE3A0E8BD9C3A5BFA93D86F2F397730BACB1F73ECAC1CE5D244C035BA2B41EF45103DD7E3925FC4121E1D5B72BE44F54762D360B268341A040C342C5808C07BBDAE02007E078C0CDE83AC3A1045D1ED31F4D489997A4669428910BEE8A5FE21E45EFAD5A4A4BDED8DE69C1B4CFCBD44EBD4894623259C1FB6143F086E5BBC57275CC15686E06CD7C7F5D2BD0AE73DDCB5892F6A2D08BA7B2897078C8C73B296562327B80A1F4A54101D835497471BB789E0A3F1695C4DBD244E2586AD8FCBB7E6197F8C9C78550D730A937308071FC4FA8D8F54753688F76A7E90DDFED612E6982334863C1C14658E3EB82D567CD19292171A0D880874AD5CEB36ADD876EA5216F99D7271CCAA5C9EEAD66354B9E48B3A6EBC52E89C953D5441144B1CA9531994F74B7D6E25DEC39A469B11025DAE39773C09270593D3A872BBE352D79ADBE6CCC76C5796F894B867254FC38825A234C5E2DA7B8C6A61650A329714DDBEA6F318748FB13207B3D7CFBD66BB3B97E70E18196D8CF6B23415D1A762DB1E3A051448B9E3928563B0FFA84317C8BB7479DE397D09427607246DB7FCC8A5CF17355E9A5A5DD9E295EB69A9154F6D04584A91A5C4004C4B6BA3F03546C200890909003CE280010206FEACAD4D4EC10D14B8E38E74B99285C5D72E3B0D25A3AC414748C0720D277EB944A3C18CB20914E77B186314AB00C2625708EF5C3AB1A6E00F86A7A155078D46A311D117A7E036CE61E4F6482D75DE2B61B47929D7ED8B7BF3BEE76DE94F5AC3A8720C6E9579D21E3FF548CCE6105A5D167B9A72E6959C31F58334D108108F601697B382CDF85025803186318AAFB6728BE8ECC0648D8132465300E150798D1E2DA6BE29C7B7377790EBA9CB00C1B8CAF3514DB350ADDD2EF4C4BDECB5E60A6DD39A8B6BD632A2649513BB2AF334A5FB12E78FB2B43FDBBC503668343E606444A88D086E652165764651B3358F42D8D83E2F4271ACEE1055F59C7385DB3097AED394A501C423201CE9E81779751EB635E876696AB263C6525F72206CCA2ECE41808081C4F2F8B689A0DA25C6DBF4C02C18E26CCFA56665BBDA72793E94B45D8DAE724D061565368B8A061210269E60228244850B16119EA772406E7E09E7358C4EDCF6D365624B8CC12D95F71A3E8836CCFC03468643FD589DBA0C1E30321A8D0886DC395727353A895ACB0D1D62EC5A2D05F721F1452B3071F9ADFD1C755C0423BB781BE2114A5503BA8AB3A3FBB8A6040F49B0F4403D7725974F2FA656676CD01457A6E8EAF55568AF2A4A9E53F7382875CB1D77FC47DDDADAF11D55A822B78B3964CA217CACA9E47A7149642DDDF2028198A8319D530A291A11912449B28C0121040902519C05DB031220E73D6434224952549FFA4F078814A0B83D3CFD48FB934C10EB462362AB9C2C7DBD260A78B090DB6A4370B697A5FDA3C8160CD27298F0D99E345AC1833DC01EAC845A89FD97D460EE2BC51A25F2643D3F3470C0E2723BC20D9182CEE8C32911E8AB537ABA8AF8A64124F23C1549E4A5797EB90D8C3B133E4230D0708C34EA9E7D0010270A5439434D86B6B39FB017DAB62F2ED9607A0AA9A1160B0A2425864DF0321B5FFB850EA561E34A322C3B2BD1610B6282E28C470879A930143FF3EACA028A9547DB365C21163CE3470FB6B763890E9365814DF3FEA2A7FE4E0AD013A924784358B067EB17B5F57A240523D7FD90B223A9E64E582690CE97B30D2E980816A18D55C3CE37A41121A7076CD126842481BD146377F0FECD65C0243A1752203D885E51EF34966DF3B62F7BFFAB0DB7DCB9E5CF09638B73EC1692DE4B6367FC9E9097098C89B84B0803C516A64E3A222E08283575D2E9B0800D688B1E339CD8F806869B527A964D3B45246442F3139A32A82CA11877B9B8E027E727F5AF1B170777A6CED3A5D545B62BCD86C4F6921CAFD3A72F399A423E38C0C7A86FCC5A3F13502A6D330E90FC18131908C708DCE58D5D1CAC55B7B249BF42C8A1E7A27639B807339C8AECCA64EB55D91DA6EF915F00EDDB84E79B1520D26BD12BCB8C8D7684D38E68B8D407AD9A2C83315D60B38DD25A1E6081BC35F37FFCAC91C9041C706F04BE6E0180783CAFA5FC3221F21B6243F0B5733CC7F06B35815185554479DC726C7AC6E33A398EA3520AFE652DD717163C99B2BD33D03589106F45314A2BAF696A36381B549EB1570C750EADDA8E8347F03BAB24B8C38F6003B4DB4DCDD697BC7F3B3E2A6CB234D6638630E8DA0F5BE3D16235FEA931C49C011555F6F5A9041B79B918B2CC212328A1CF82979F6460175CC310FCF2AD2CBFA49F5FABB476764283C133D14E200246CC642B67E521CD8D1BB43FC0E27EF875DAC88445453690793A6C502511EF57FE7A29605A07C5AB6BFF0888B034FFADEEF294CE2098393882AD02F5F99EADCE315FCD0B87034CFE414B9F9962ED3AB02CE4B931CDFA071448A2671446D7063295E71673409C120FA3EAE7BD31E8937011E7E30555BC5182573BAD5FD53678F161F1A067A3F7C404114D3B0A0F071D050A852F8A8867253CD6430BCBD7DCFF02EFA22D59C9909B68287E06F999DA6B13C2BB29E59F3053E505E67AF86612C64C20065E8AD8873D104C88CE0075A81C2D1DC24DB5F4C1A5B996BE210655925B69',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(4,'zstd',X'28B52FFD60DB0A053100AA5ABC0E33604B9A0E300C1B8200A63C00204C371A648994C426B2CDAA7423B21B0A7CE9E5D38CC3C0A14F7842109295293C5B0470C22901DA00D800E6001549D250687C5E860B32D015D65D6CB51763BECA5C65A48FF3E1B205D53DDC6BD0B52395B6CD5F7596B44693CE103ABCDC51E0AB498CD8AD2B9329BE5457F1D44FA6EE74629E1BAF6EAFF3CE7B9055C9E17028079EE6F46FF5F9F4884812BEC61E079FBA8FC10D239F581011206F9BE598824370F31A1C425B9D892469F4EA04A35F96F8EC75B3DDCFE9B7FD96C2ABBCB45DBE97689D9A2049D6B2E63364599FED9C68CEF2694150C44F3B48379278EE39BD9AE7B596FC83E0361FB2A8FAB3D451891092647A34759138801F18E01870A5C0D7225C5D9B822804CBAF82215DAA0370ADCFED3982FACB58215DE8B65C85DB4917F45C44F16B5B6718FD41741FE7D5B63D881F5231A33FE49DD4F7A038044B97115C0549C26830E44E7A6B5EE144A751625CD2C5B83EADC773CCF6C5733AD7247BD696AB44D1486BEEF18E14B24CFA2D897C75EB11A9627D64A47B7BE66BDBB742AC7821E26AA95A93DA69F076C137585CFC49D2E0C9D62908A5DBF79AB13773EBD36AE745127FAB1BD72F62CEDB9CDE284A7BBE2008F76A45BAFC1A83206D7E93BA6ECA82BD0C816D3BCD2073FBB49C26D23DDF5269CE2178AFDB9E377E72020FBE353BEFC9BD8836A9B7CD18B1F02C6D708E382646E0B4A53844933819FFF66172380A7C4F65B451834C04351C041C03F8A115EE701850041CEB5A7E8DEB9EB6A03FEAA2C69C5F5BF3692F723F85DC9166DA4319C4B60E740D16178A3A4D068B0B67B1672D5BDE0759104AAD8818BEA5AB8E9493410F3BF3AD33FE3A8218150482246928A468CF6D1B63DAA8F39637DBC270B78CC438ABB4E7D4F90117658EF883C4C4398C066455822CF6D0E6D61ECF3DDF6802E38DCE7BAEED89575251DD02055F053261589649FAE0B618E10CA5F18F2EF3C924BBBAE9181F5DE8D1E5F6DF7A58DF6301C91E74A7AE0C92A4B1860B1F6354EA8D1C8A65D0711F74E114B53482E0D7AD10AE1CA22F5C9A5311C18E96BB70670E9DE5FC60CAC3A1C3363729F1BD0986722931FAE375BF3D47BA47F9DA3C571BE5B439A3D387DC49120C661D37AE318BC41B296FAFF536C8A7209284A16CF4C0B5C6B42772BEEB982F7295C07843BA5D9EDAB70EC237756BB7967B28D15A12AF68332D79CDDE739F1A579D8E2234585C343652276AE436894D7A5FE2C316A5ECD7E00D85C6B69DBACC84C72C73EEF1546C6D2EAFFDD81D64B0B8D8735AEF2C76D7862CC3E6DF9DD6C7D9D818C73728810FA8E124540C199A1111519024493A210409037128E8F811D0B93335939264630DE44800F177E8A8378D6F9C9AAEF4632C15A8C42D38DD5A8B8C904D6312423B3F9CE57D81991B61D299F9F45C7AA497A151D49D8F340BB058E17C57A5DCE13DBBA511DFE39B574B224586B3C09AFF0703EE5CAA94680E24A64AFD6C336A4424F847A985ED82380AAD2A60FEFA01427DEED793C18191B61487067B6180F3033E1653943AD22E792574DD28BC37A6B39016F84D105C09A73B37E4BD3BCE717E975343774A9237C83B71D3550A7393ED3EEF86AB9E9521E315039B890A9FDBC6F8FD9F63385662BC070B7E461F0261400023CB93123201BF7B055518BE37FE5B471BB831B6EB9390C3C02191EA9DC1D689ECF0197D496A3E5079EFC648C8668061E3EEAC1BE7A024887EF2A682E61AEAE080A5C86AB0A05E583B538412B88D7695389941002FBBE700E2C9DD7475CA0A3DCE3149577747C209BBD4ADF4EF438D6D2E2CBCBB6E7D4A123306C5BCD2964E232CE9F17B63E9E89BE85C344D40937C488C32059FAE1D14CD127FDBFD791F8EDFB815776E45158310B14BAD1F9C35D066B651769FA95448D1466E6903CC955EF69BE5C9EE8ACC422989D3B2C131147E8A4C3338A54B807F012E42603BCBD5053F2385FF2174F778E03F56CAA0BC88BEF707975DD06C6DDA59E7B5FF45932089021A092536A5C40202F7B6FCA2B67B46017251C9BB77A205AA4FE9A9CB2004528F88624E033709EE152928A0135A804EC12E0A08F7EFF11DB9A4DBF9389F83BC384E74718BD9B1790714CE7DABB8BCC9A191E1C639B4E5771C0EB7A32093730EB75D5D468307B9CB20512CA91BECC34796E4005F87EBE6AAD9EB4B5B55',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(5,'zstd',X'28B52FFD600A0DFD39008A66E01033604D920E300CDB20E847523C0068E320A335B225119192AC45B949939B680847476B39081EC806EA3CF1161837ED2E099E18E4FD00FF00FE00B8DA9D6DD03DBA7E332A36E785F02D8CF04E8E925BDF357963B2748E22A5C696CB3192DCFA1166D5FBBEDA212FEF966FC576DD61BB94E6842BF840A934EA31A3145ABEEB64DB71B53796D0F208D785074A2529B65F4DD73981EBADF6CE2363B2F1BD735D3C35748676B909CF3294A03ABB65D98314B564076D40AD4810476A7D1347A6545AA4CB76A43E26191D477A60488AF16648C8EB7CB2EB919045AD1192131232D418D4203D349F0AA92748212D860F1F49F3DAE4E3A9A137DEE7811E099D5D11E6183CC0F552F1410F8EEB829D3236ADB864C7AD21C743028654787C96A189D4141DEC6C8C12E548BAD9AE49C969536CBACC35CFF9B63F1979048E2B58CF71B36D9785375065336687E3760CDB7122CC3A482904A5B2E04EAE06C143262190BD9E22DF211520289537B05DE32C43DE0D71272D72CBEFAD107F11183843E5F543502A8C6D7A93470E63B27A5449B25A1A5A8F9C331893F9983B56675CED208F2C40502A29357A8FBAE86C3F82FCBAD165B89CD1D13503751F314AF0ADD7618E3756CBC91FE813E4E6B8FAC89EC5A7B1A15DD0BE9BE63ED7ED56943CDEB2E16470C6FA75235BE74A3BC25CEB336A1E23642D1C25BBDC19CB5521A50B8B071F30A07160C00F141850E0079E4C9134DF97CB5E5CE97D359FC515194248293A152DCEB68698379ABDEC9D47BEC99B315AF6387864B92667F4B21A34C92D8F916B5794A04AF50857633042A04DC69EBC554017D785AC371A4D08840F6A94A1867C4D7DB63DC830A76E9D9180C0DBF5B19FC2C6D73AA5C6E69C8A47ADE1030116281C022246B171FC1717022213EFD38D109D6A548519183BC66E64A5EEC7D0606C0D594367942443A5F876F9A96450BDF3541E084A45CF815674AD9BD27350E92D794F00A5B77E67540A9DD1149F664624EAC0B09BAC841FA745FA40A94090E6DE56318307E4C30B893176ED9DB79847EC79A07E333E6D5C0D3DC7E57A0C1FA4B139CBE0F2BE7586B3CB67CB6D1DE45F3A8CD8FAF013D4F7074AE50AB11E7BCE28D92BA4F8074AE54C36760C143276CC194940C3B8A8E8C24F35A9A150C2D8C8EFB69AE4B3C6D47B9C652E196F3A39E1970A2D0EE0408101052E82447A5A1DC68B8CEC36480D459E6507C810838FD40C322F7300C71E87B9A6DB2035E4488DE838899864FB3C47EC2B4026DB5278C49C24D9426A34954F31585EF2B68E4E9D3A22534CBC3527C5032585134C8905841712F2AD8726478A94E62335934F2FF2B287C3C46A915E5368A848D302AA6C8591BE48EDB2FA062D67A8D46B704146B30F61B714F26E88C11BC85033B0A2215EF6D5AB7803BB697261A02ACE687C58C1B8DA722A94ACF3885DB2379ACF93ABAFD861D5AF79211DB91D51825B373A71460B6F4018764BC6464F35B673B2356233FC367CC8BE0D47102792090F944A0B8155A841A562CA0CC98888244DA1D0182104090351284CF2011180BD54349324697F039CA2A0BAA703B030346B1EE60CEC9B56081AE606A9174721C0FD6D80069938AB8330B2786A2D17A920BC762A9439C2BA706CED8CEF83517D59A85BEF882683804D2A1B74CB5E15FCB6D595890F811925A16817D9A3CE2C52F7150425504FBDA8EDC43D241C06E753D6F8DD5C910075826719C0E05E32720A17F8EE21A111432099E9E46E5D15F21CB9B8DBCBC85A8C2467257080BCC58C728CD8875445802B59E81901855C803819D3738E797134AE2BDFB739B212353A86978370E3B307881CF614E69E6EBBE6F2E35EAFDEB10824E29D38DCB9142D99DD51CD1A96C4F5093E4BA0DF310B6E8B5ED745C31E4AED323689EC48F1914A390B324C1B6C34CAE80AC6C2FB1C5B1B1529DBD3943CFC22E77565D2EBDD1B8BEA3D8305804B9024C1A05427CBDC25889BB10CD6F1999630874D372C83C5E03346A767002B184280542229992FBB8AB1482CBF0CB2C9DC0C6FAE353798B99EDAC97EF968A846FA7D2F3A95E7FB94B046F90D61ECA6143181E18F4BEDE4DBA5474D6BC86560FF41FA828775896020E0210806741D14D10F5C9FED03231838CF61A46B4088E0F129B2B7704766C1E2FB7181B342226AEB77D7F1EF6B4ABA7B71C446A61A6466881B268B74DC580DCD786CE4A0CFE9CB9A76E5881762219F34AFBBE38C6C69BE0CEEA6B91BD650367857283FE9293EE91F554EA80F0E1CC8C47E9ABEA5889D45179704DC783615B4DA31F0560EB61EACFFB1F795FE22C8680CD1CF95FEEFFF9C8C806AB6099394E58F4064B11355F4249C8F0B71A2C2BE4C44EC2021E9691145E3AE8629ACD6335991BF8516C1878D989E0DE04DAF120E6BE81790BF082103A9DC6EB60923520072E651668C1BB27AF645DED371635B1B9CEFB55CDA599D3A8211EDBC9C610B55667FAB10C38085479D6C04FBC6AA0E104F0008618A2D9EFD7A4877879B43AA2E45E1C89A7CC90744AC2A87F6E4285960665CA46D587D4A01207FB14A1F0E65CEFBAF04152F7AB2392250293B7BC6941A9AC1C507F0F12A3D20F277669006',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(6,'zstd',X'28B52FFD602F05C51B00A6B99A31704B920EFC7FAEEA819EA18AFD4C1069644B6A223759FB72139236C90BA48E34B2261FBFA58DFF336D6DD566C3D25F0F358B0090008C0067868EEE80D7B5ED1BB8495D9CBE305A49B3C25790F591F4EE9F0ADE2BB778CF70C217D183444892E8D6AB7F346F0C5D1533363184DC9E7C9CD3991E64F63F9C4E79F9D551EE5E821B2AB753CD91EA132477521F89242DCD090C1D07C942AF48DEA4822877C001CC0E93DEA3C0578EA4B1375F6CFA488A4858623B0623C71A7B63A998E135CE66072111024E0599919023490430FA478A20F8188BB001E59C32D9523D70231BB3DCE34A1AE9E957ABD94EEFA4F5AA25C3F00D9D7D6ACB971D54CB882EED1F8797F4EA93CAD1D23B2E4BEA8F0264DB7E41624F2A7366A70B83258224715028B0C38046810713807080B01E851D1EFCC791A43D7CA42349AEA9F61CAD2FB76E8A79521FBE9E935E3ECCD2100F105EEBBC67C6D7310E104DC88A0B1B7B6E3DCA9D5D0B211F62220C5543C8D15ACF92CA2760B0B8B00133DAB56590248D6D90AFB9FCA194BB2E74558B0B9E3A661CA327C10C9784F5895DD3A4F2306D2F950C16170CCDC69E5494F3A2A1DF899DF50CFBEE398EF411090C161777754EC6693DA9ECA6AE6CCD39C509217767D31735557BEE7AC8D155F3F739E5CD31FFD192391DB21749233DA25FF55A116EEC919DD3A472B87059CEDBD09AD8E0840FD3290CC00BBD8200840384356C4892866A2C1B6C9ACE2A2E3EABC5F5781C6753EE58B81751AF61CDD39E4B7DEC2937C5E0B21EA2D7F809EF0D36EF058B8B26B153C651E32B0CD7875CF33A1AABF7C8ECAC94679DAEF7A5B127DCAB190B95B5E8553CA5B02785BF389124192C2E1A67990270A8F118520C216666249099499A610C20828394431F1260A759E78602DDFF3F03582B925B96C7944A32B53865F0A1FC394917681652F61488A17233999D9F60FACF1464DB2490B1B846A09BCF44818078F222C5BBACB7C35B04C77932C25A77894C04543F12F6F6E1C81563172D343278A80D3F3D5E20F8C5ECF04628B6E326611E71AE9184B0CCE09B072BCC495FDBDDCB005AB8E028EAFF2689A284028818F9E95D6868E91B02510E79118213D5D0F5F0EC3D51252D876657F8842B64E912AEC2A128CD29A4ADE1489ACF0EB51FD06CC5F04210CB88556F841C28446E8161446D9BE965A346BADB6C966E05238AC2F58ADC71CAF36824C1CD3A78D5DBB57BDC56AFBA231E91AAB3BB29',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(7,'zstd',X'28B52FFD60B00CDD33005A59980E2F606B9203300CC35010043732486F2A05C944D63A6D2269AF864ED92FA92E49AAFFFF4FBC30CD20D9E83F08E0442707E200D300DA000F2AEFB6326EF994FFE6824DC391E91C362B4C2DAEE3A531DD3B33A7F219AE735C7E0EDEE968761C89D5E572AED1BCD2A223B5F7CE55FCE5949665062F1B2D104A864C569CAAD5052897C6074C5395168C2183811048D1C2E800EE5C039EE677A430FB56993B80146BAE80542E579634090821DECC14FD0824B8C566E6523596568F61BCD4EA835338D75F2AF56F7CCBEA2B3AE78D2E3F0CEAF78EC9EEF1143E77B22510DA08E70BF6C4A5431D8927CEF1BE59C2257D8611A728114EA55AECC738EF6C5430316E51D532406802E2282844B0A0B8C88040614181C120E38282C20444F9AF8EC2D7DA706886C4D0610787AD1608212DE123EF5966C93D6F67C22473FE7A4A0F59691BB27B92B596C69DA4937B0C93AA641ED7FB83EA10145099C929D6D8395FE9186A5225610B2A5B6D5B97AF2C8F3175CE1FF46D0F660EAFC17095E9FCDBCE7372CF1DBEB9B97C64F81BFA226BAEF3C1B7AC8F9D2A2B2618C3748E8EB374CFC7AD57E71A9529830A3B7FFCAA3925BC863F72720F6B9AE6F724A7B2F3A12C55268AB9F3D1B9E5D9CAA9C56B38CC189E7FC26ECDF5CC307D3393CB072E869D8FF4FB965CA3735954C77BABB932104202FB3CD8380C03D3995C8FC99693F293FD2B3B87D7F24BC774DE34EEE5583AE720A0E5C53D3C9EDF8D258E9F97840087280A4BFC2A7E67DAA60FA0698C178064D8CCACE69E24FB14E3BF8677AAE594BEBC6971FAC00B849064493EF491655F2BB2027470AB158764AFD4F86FF5499B0B2AC5846916B78A710A6F2AC8D689854088004232C9E5CDC6B4A918C221BEACAE0FEE46A5320681D0C3B2DAF84D261FDF0F4F6573D76BE482B8C8DC4AFABC36AF6F100DCBB5CAEED391B4B96E7CEED87C3AC3C7CFCBB966F62CC4210D6F6EF85C2FBF35AEEABA4540E8A10348C306A46103F257253723CE9172491828807CFDB2C561CA0884347E98C26C0508B9E7AAB7C449771A8FD91110EE3D1F1F9CC2BC404800D2F98F9EED4293E9386FAB6D428343BE59195786DB8D2DA8CD26D532088096C56EBCC52659D26FCC088010A2F0352C9723D3619A671F7FCA06433ECC1A269DCFE4DCC13003210A2FF71872775167E5B0E553F9ED9A563DDF91305114CE0A083D305CEDE6DCB39B5787E33DFDAEAB4C3B0A42488369CD1515CEA1F1347E764A8C6B6086C69E1387AF0B81905F8BBADABCA7712BC3EDE0F3A0EB83EA9ECE07C5218D2EB6B098EE61B59E038135A82119630CA19919114941926438210408C26094C4DC3B122076312B219B0944240529492A3B7B078D2400F20A0DB3DC5A3D59B4F22810C06973140606D6BC7445E4E5B0086849D69AA6720E9D413B5E54B92C1871794F699262A33EF90C4C081122DBA86DAF6550D1BE0DCA97E45ECEE87E0706D333629EEBDEBB34A2FB3C24A6E6361BAFAF083DA73063EE874392A64DA1804F9A45A93C12216AB313E730841804B3E0B28EDFC322C26B1E8697AB7C8371583841BD7A975C786AD3061706AB665A18363248D57F7F3003BF3878D4D0A9605D01C64802D6DF9164B356FF9AE8256DF5286ED0C2D63A921EABE898BCCAA7A2A94BF325CF9975D03BE54D1831770D0FE153A4DBFF25BE1539B4F15478FADFAB8E49B0CCEFD792EA8785A1A6A634ACEB9CC35CE54C3EA688925502AD86A1D93B1B40FC4796CA6F1DA519D8D8A251FE2CBFF99C5E1478A4305ABBE54DAD4B4D45BDDEA54C39E032D14218214E83184FBF7D9F104CE0388EC80FD463553D02653127527B4C4837EB29A8587C6C689258FCF16A21DEE2008C293117F0752D9D8F3802F480A18A6D80821FC3366B8185051E0380A2E0800018CA57357EB6F7216CE9EF8FDC57A05EF4830EED3C60BBA8B7D72C32C74812875B324AF7884063AF0A16D4026943F22014C05D243B9BD33AF8D76ABD4D5EB1A6DF122F88A01D060839A525A42C51DEE551209117DAA382C12D99B312917641DF1289EE6DA5295EF827919174C7E02F91062F0EF99CB802411690E524717963E32DC80F38DA646B2B0315297C911FDFEE624326D0C8E283C7D375919688C77FF192EC0A2823D026950C524D6C698673B4E10CC68B5B4CFA3209E499A81DE3DF5D43B3D99120F2B4B369D3341671909F7731D3AA75ADEE930FB59D20F028C5F1FC0913C4F01E1559F6BBF794A541A165585D1452D4403ACF428C88A06401DF4D35E592BAF646D37914E01ADB0FEF667E2513F01BEA2E530BA67583AE8AC33B8BD0EF88A809A16055',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(8,'zstd',X'28B52FFD60790C2D38005A680C1131404F9A0E46C2B8866118068ED66489948C26B2475048B3B21B7832E8905FFF5007158DB96581CAF8B76DC1686D862769440601F90004012AED0C61C3DF4B34CEFBA04AE1D99AB735FDEB0862549F4C11B8C4BC3DF19DF7DC449F4B94DFBC2871AC5E5BF3ED53E4EAD6D959D6DFEBBCC9146FD4643CF5EA127DAF62FC9A7E33899013F80001BFC3E202860A112E2A2E288A46DADCC0D5B5294883022143C32D30CEA0800304576040C2C01D09DE2C8A63925E7CDDC430EE60F6224B2157B84C567CA25094CE489F73B32E3F07B7F96C477577CB98B32A398BAA3F4B1B95784139483792B0D78CCC6550B2E2C920E4E2938572AB160AA7621B83CD37C90A6562746936CB65282C1D4E9844C76E299465CC5D50A6C685114BB4E608A2709FB366A1305F2247148A5AAB1B947BB439EF75741994CEEBD4E589F65CFB103A90D2E5A5EDF2667DD216C4B79DB74830685000F7A4F36452B4BF48DAF2B45369CD7B2AA34B9A3F489BCE7BB2E1984CDD92C8AB924FCA6E9F7791DFC41A4579A422E3724ADDA3CB3AE90E5E96F8ECF541FAB6C334E8D145C29DC7B7D0ED9B051BE98E4599ED01786FD2053DD7786CA4D2F39A764CC6D796727D2D947E1B1A7F5C1BC3017A15E200A99891337D5896496AE1B668F1C63DC63F5C96D1689DDCAED0D9A42F3B75FBC2CEE8EB7DCE82D064CD17792C8ADCC124E6EAF3C914EE84A51395B614BF6EBDF0BE7BAE56A4D279B50D5B99CB73E3151AEFA99BF00011BE602FA3F835198AF278EE35BD9A67D65DEC9C68CDF2694150C450B4010424890AFD18B3E6C6576BE14213D74EB465B926214FFBFC96B444C9EAB20C48F03070008080B36E746BE1738903D3A38C8D5B115B6813FB2D1B29DF7E7A834F21FF1CEB27199C74789656F8C437D1E29CB68BADBA55193557B79A0C4A24D69CF6EC419F566A46BA5C5973C7B53DCB71B8BDA23CD425DAF6494820B8A4EB220EE3BE2DCAC50A6F3C261535FF1693D8AB7B93CBC61D37C18E96F370971C3A9E1023B6994909DFC368B41D4377CE468C73275DA52EC76766AC571B3EF71AB426D9B306415119698440EF4D50414FC4E17C6D0B41D84094636C6FA210D66550B69C52791C510E979048E028F08E3462BFC675933193D6A88551E44BD7FEE84A3EAD6B7D6E038ABAC99EF70F10223ACA024FF4D8D54DB6AE35EAF0B5269469B1092E8672AC819FBDBEA50C50A8AB72620004030A38044D98AE943482A2EE599564054499963C66E22CDD05EFDD044BBA148A875359F16B84205855B8ABCB311BF15935F28596A11B066F25676612975236EDDE84F6701757760BC2257131DE1C6D462A3FDA64DC01AB35C837C2A028CE8252DE84A77104D95BEB2A5CC21F389CA6282C4BC546A526FE20C27B4DEBB511776DF93DCA67BB7327EDE15ABB2F40E0D84129A9BAC3DA1481D566497B1B9AB48EF9269740F0541A0F5EBB099D8C3F942AC388EB164F41D8F8238FB1260F52084E1AC573628D5ABDA0B8399839712BB2DCAE49AEFC986A5AD265D6A20E018131A8E120720A196446444666A62049072104094361A8E6DC0111C029544592822469377FC1B5A6011CAF049BE38DDD4BE2BF8964847828CECA185D6AD23DD7ED4FC688A64C98E1E0A76633D9D299C8BDF6FF68E38B7F09B4935225E71D1F31DFEA1CD400961436D6B82FE2C484AD86C3D10533979FB12A6F7D56B49D890003310DBB65DB864E00696F3364C40B3DC364AA9EBB61966C3B69CF6100499D84943CDED49A70246C8FA2B8F99B404021470107F845A62C552FDD6F78EB06064D3E48C8415E03329713162ED043E5D931C39A70C9C1AF9EEAB90B48241ECA5A41145EA21801522607A869D16D8ECCE877861E2D6BE910C061C624223D61E28E00177FDBB336BDD4003BA8FE68572AAF09293D907DFC04D4520589562EA118EFA7383D86267EDC4B6E68B14D81362618A7CA7686F373F3962B3D9454D50E498C2A46469B0E9618D0EFA0F6111E44B30E86DEDFCC70199D9B8E42EBB9028B7DA4F45595ECCB8D2105102B2B1BB503F29FC05B33E38D81BE1B03716CF880AE37E2553935F09DC6A1B5182C3486872139525AFA50EB04DA91777056C810B2339D4A130C090B6EB1D9D81F73551934322A31282A5CD8C5C5714C2180C633958CB00B9419AB57A3CD2103CCD2A9A8C0161097127398CDE12AFBB23408CC17EE4CDD1F536A43C6E88D9CB7AD3358D9271C0B751057C8CFC5978CCCE5BEAB19E14FEA19A3D8E3FC874143A8469A40D456AADD364B8EC0A13DC1AD30896AC120BE9FC0A3DE46B93EED2E92B3FA8E021D80D5AFA6139A7D7401BB8351BACA60392283E6AD23398F23FC0B08752E3933C6F6CA20A06CD3F563C6BC2CC946E03F0FAAB3799C144C3421F1AD0FA7165CC180F8F05C5DFBE1C589745B3F9C3BEA1196096C5A55219156FE2F49A1151B1F459256FA798457FDC4BB33C5F07FDC9D56CF377A2AB3E32B4C73DA8B91F00618A7C32F10EFA14E0AEA85A2EE219C70AFC6CE5F0D5715',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(9,'zstd',X'28B52FFD60F104D51A008637942F504D9A0E30B388CCCCCCA01EC46E494E13D923BCD4886CAB4347F1B9518E043340BFB901E2194C4DDD3766C24630019100810083008FE2B3E48A762F51BEB82432DFF3880FB88000FF9161020505E3424A0C2A2C7C22E21007142438020802103F08143893A4E6209570868DA3F0482225852D61DC33763F541EE3F54899F1C21545AFB2E92E77CEB6577B8ADC210A409CE9053DDAC506091FDDC6C807CF6551245C9D48DCD8EC4D2466CCC54D2229B68A21A1A3CC79B11B56489DD8A9C9739D73ED3FABA108AB30EB266F6659B9D8D0732F56B9A02FA9DBBC701677035F6CE51EB15E6578F13434DC8C0E9AA46DF38F08BFC65E43F108B9C5477F70C4D4AA84235391D282B729F36DAA3C627B9857D87CEC7D4C1F5BC20B53A3C506BE51ED3343666C30BC14EE53A42DCDA7C955DE8FE81463AB78EA133A755C5510D123D30AE2FE9E797B64016DEF88E1A1495061B3B67900E232FD3B953AF154A731EE23961AE53D8E265F28EC041FCE753EE8C816031DBBE92A54890F37BE3AE6BD8E6B9B06CDE5245F5570FBB80825369031BE40F698BE2BA6FD5BF62E3C17637C51E5398E260F476F631E316EBA16F9BCAEB9AA64D324B9F33A84BB8838E89CF190D242AD638933DC66847047034961639123BEE0D0212D8B08538AABB54B3E588AF10548859416ED12DCE777BE1F7B22228E2AF25CD7901F07638D690E596B90D2427B2DE75E7D983E84D46A82FBD4D5B83C03887651C9E5DC06BC624DB5EF1CF64F6D27AA9524777456AF3DA7131DEC6B7E38305535ABD077B1D5D98EDC2E69D8C7DA5BF38C2DE808ADF62DAB191BB9180B71A82111428A19C30CCD488152280C0720826294951E10704724493A4EE0EF0DAECABB47D48A9446EFFDE0A110B67031B578A99E4D42DD56A5F5AC1987A944CAC4C0C8918A4D26981B047BAD3B32809C19E85E6C35CBBA81D5CFA8F5AC57E3BC470F88A5F24FCD8C56B3639830D00A172EC4CA2DF8967AAEAEEADA9CD7E8FC5C6B8019D9063FB462F0BEA4AFD90712D62085FD07DA4E21FAA00BFB19048EDE25B43FFB5039D645AEBC1A9904D4D5CF38D01DD4A1C213405B9D43677CAA1BFB138253E9A2F77DF015AAB7490E1406CCD80DD0E03E4895F75D78069EBA178A6AACC8BC56527936AE9976E0E394D557DFC6AE048D3AB747F5C97EC391F0E291D3FF0C8F56C589A50A',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(10,'zstd',X'28B52FFD605E0D9531001A56F80D33604D920E300C1B021A24C50380022E12492352126DB9C95A948410B9B706EAD1A0871CE0A50409FB8263F21B102C0639462901C900D300D5008B6B9DF35BAE700F573A2A6797CE2D1B7E1F9F57A3C6E5F88ADDD9D1E6277DA9B6E814EFD35C5C25D84FE3545F556E69B37CC3E6AF95D0992D3E94393B74DECACEA8EACDD0E1E8F8CDF96C70963A508CE215EF07C19345157B5411C0C7A6A383EE0A7BF191EACAECA52F9AC73E966A55D3B5AFEEF8B8E68C7DCDC7472E777417A731BBBD401084F161D94C131C1DB96D716769A3584A38DF996976C2C6ECC17BB5C29BA54238D3232E43715E6C4E96154FD9EB209C7086A5E3701120083B58AE479D2B9564C6942802B7A890C12778D1B10A39922A40841A95B3635D2F77654EB1B3635079836932B88B2CAF99A63763F2A320D3372E102451790F8191D16064E84C15C386EA0D0722F468F181E745C57958F3A341DDD74A18A66B75F9EA955A8F42EC9C43DA3C3A66B9122A040981919138D8B06B031D57536C6FD2E15EA92EC832A542E77D0F1F1DE7F483270ABBD57E9CCD85C41B0A95BAA303049148F6BED8B436700F171B081FEA24EB5276BA6DE7843080C0C87843AD4EB8A63A0B499DAEF2944B79DAD5D2AE48B92CB7FDDBE6804D27746C8B619E3D65AF79CF3952AAE804893714A49B1E6DB8D10D533A6CB8A3B56E1DC7B0C18020C9EA464EE577646DBA6D11D276ADDD3ECC353BCA34E1D72D6DBEE8C34F4A22466C33C3167CB14252E68B743507D561832A51B90683CEF7A1F004592E5706126F347B34A5EB842ECE74A16363F1049772DD97AD0CB2BE4621C33AAFF251DE389A164277441DD23A4823FC362BBE794D6217900015287EF9B8B636ED51E76AD30F05802707080C20F046813769AFE20D96E7A8E47EF4D8E848D97ECC11246164B7E90A0560AB83CBCF19A4EAE8E0D5A65FC7D259ECF304D3EC48030988820AA4C202B1C800313BC68CCF86279C9C9B30EA6C307BEB9744A7741F5C2B9D0F28F07E54B9664D8F0D978B5ABCD19C0B6693CE1389CDF048812089627BC87ED7DB5E25212F54FC8B3AD3B54BDF641482C0C8782426DCF31EF4E65B8F12BB5E0F3364AE61D834C1EFD1D37C8A27D8749F0567ABECCCBAE9CEE8643F5AA8AEBD8E1FA9C35DC7DC1CAD63D75A3616DC8CBB7765D085425E6C9C8A9DC3E8D0C6C7944BDB6F3D0BA6C3763E10181948D230908F7275E709E5386CFC0123236974EC391E3032A29DF06475D10742113B0E8128A871A1420CD18C8824490A19D621040942619825F5011240C6454619D12829289FD48F3A1D76929B8E430F16198B8C9C8C98E834DB78B61B32527C45B4C02EB12D3206D640285999C568E92A5A32A55C619C61CE98F14D281131A1C91EBF51921FAB982B325D94434929D043C1C04E9A48DFCA2B8D1FC4F51405C9984FAB61D03B25EC3543C990E13C09901FE4D7A9F1F85819A0B3E89C93B92DA1826A0AFDBB964F127ADABECCD2EBAB25745026C3E07493FC6456E59515F627C3B2EC9EB42C6568876C0D1A761AE58C4557EF7285597F289E2B70632AA3F8019CBB657F100EF74B3C94A4C987102280CC6E2E02B18A4052CACB6F10B952D3C932047783AD78D96642CF228C0BE52E32B78C44437DBF767544454FE8B2A906BAA8007551B1829BA18E3097F6D218DDB6E8A15A7F8B506005E950CC3AD916A22D7327A835C247A6FB625B1C089A2066CE11861797F8C88DAC885DBC3FA98093171AC33BF0715AA9A0405F9E5DE7278A640168EF8B3E8B27032DB23029BCB92FCFB22F65ACF6FB644C00D736699F517958F2E5F1C0C349017DEC452DF4E605F808AAC04BC13E5C258B0B99B5DB22D4786BB151EEA77252C6CE5DB09DBC2FFE72535A1E182ACE850DF92BF21186ABAC581D64D05C27677EA80D63A77C27D8C863856F68FAB0A5A4A0BDC4B60B5446F8AE78A852B2488B7BD67F33A8DA1E246D7F50926E5404CAD47E63ECBE2E29131E70DBC51FA8DFAE230A5CE3BD67B0238E07E839C1F7749EA8021E65DC9F7D5E255ADA81F1C79000645585795B4D1A35A87A856A6F334D24F6523C0348A51E17ABA691003EF373337321ACC234DE414B709C4D8012FAEBFC1B2B9BCEBB333ACD3D3AF4A259BFD45D102151D4299A21A49C25466178F83D2E4368B1C10287D2427E6C4E21D7D462BCB0826ACC0F359555F63DA21A616DA934E6CF9B3E6ECA16422A2C504528961A',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
INSERT INTO "originals" VALUES(11,'zstd',X'28B52FFD6062093D29006A4ADC0B2D704B920EFCFFFFFF7FC903C0198768D2B624079192AC7DB91B917BF3AA30129EE230F91A8B5AE86D0C007A1186B000AF00B400F63B0BE92E87EAD0DB52E71AF384A234A1C406BD1A41D14DDE18B3D74074C60657A7AC1D7893B6287ABE48442092C47AC299B907476AB5C21B03088422F1BDB65CF36CE98DB737C8D1F1B2F354EC652D23FAA5EEDB458271C7DCAEFD653D5175E8777CA59039EF29DABCCE512E450070E3B931FE25AAEF255AA79E2C804030A3BBF84215E31872B6EB62EDFC16DDE5700D8EC722B197EE6D06C7E37BCB82898FEA6C79C1091C03B7F98CA3E8075B99818D5AAEC283E3814028F6D64E9D9F62E790D5C80A3BD737381EC8BA284D0F8EC7D998A3C5D4E706B629EB3C7E9EA573A257A6B55B13A1F11396A02978DE317DC8EF60638FDF28CEB54F0713F30402A15096A8EC75B3DD99CBB306C7A3CD14ED65DF6BE8AFD7624FBC2E0CE511B590247A740C650C6395B9BD7408B9977E359DB4B7A131BFB5B33AE66B3C8080E7AD2A4FF4EA72DBEB24A0D5730A20100AE4482DCDBDD4ABC9CA0EF6BA63CA5A5A8E3209066238CA1865705B74F0C4A2A5F363DD4397E01A1C0F0457875040201489716F79B32A5F5C4DDE69818B76862A726D64A710BB85A529EF8534BBCA20B8870F3536E7823B28C38359E08AE6439B7E08BA04F731D694A7A563B76F5E0AAB04D94B4F7C9B3CD10BB7C1F150F02E4D1F20E089A716BA74181BB7B7274685ACE5DC72E1F2AC6D85B64F8DCC1947D532569115BBFE2E08894562439533525D2C778C3D4697C4D4CD5EE3141D93D8A57998D7483D890F880D8E87A2596DDE4B9207C78379EA5405E55D9B43D8942DD029469371EC4D5A2C4DFD042F368D0A11BC702A69850B39C63DE7A50BBA5C3BB520A567972E940B14E4EB73496208D9139DA75C5BB3A21677BE49BB85F56A62A4D02771B53155696CD6C11B45538F433F19C5E4C1F1E046F5B9CD6BEC75E24A6EBF965C1913154EDB6EB673E96154769BEB8CD29443AD1A96DEA85A1407442DA05B942B9D34B5F0ADC55AAE1FA392BB5A13514E791BA38D80F7A8419D330E0DCD88489382A43920422220C641BC011190394456936458030A63216F0DC421B82010317AC95F41FAEAF0EB07C95D8EA402024779DCA24E5B74F9D990B698AA65437A4E08ACEB3B0A2523006ECEC2BE702828AA734A96D5F359953F71058EAAC82DE4EB34403D5AB3FF66F96664353C8C562F7777F6C09C4EE7D33EC3254FECEAF6B242D26DDE3DFC8B72711131247814F9721ED967684EECB688F8B830269CD523F2630D456A87FC15EBE544C172E64AB3ED7BE6AB473B612A9AC67C5ABD544388AD173CB14C98B715969C9DBA278CBAE7BD663A581C031261245F6399C40D796DB90759F0BAF38103FDE75834E5FC04B6F98F247EC98390740B8E0407BC041F22EE35648C3C45DFA0A861A9B59195ACBF66A3EFC7D01FC48164DC86E7BF14AC20B725C0E7131229F59895C9279E6DE67EEBDA81A341580C7B85636227AED3560DA132413A226E4FE7D7380B2550426476CD120A03A2B486A11E2A442F7C604204FF2F727BAEF0E25DE5F2B0426BC8891C494C09945075CD121C51620CB41E710E1654899AC32A271B9DF7948021683B432F895B0D0C63ADB5587C7999087E616CF15D2A667584A646D90D43D853AB1C73C203652F463D7EA9C0044EE17A0406AED8BF87C83354F9BAEDCC929DC79A3EB9CA5C0E69468F152D6C0A34D38BF8EA4A293B41F0AB2141EDA463047920E59DA6A03FE61B373F4233427ED37C81CF2119C449E08B62010745204C0B0063F92A522B5F353A7A476134D47ECE811A88AA0ABE5401',NULL,NULL,NULL,'0.1.0+extract.1','2023-11-14T22:13:20Z');
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
CREATE TABLE search_terms (
    -- The full-text index: 'articles_fts' or 'quotes_fts'.
    fts  TEXT NOT NULL,
    -- A term as the index holds it (lower case, without diacritics).
    term TEXT NOT NULL,
    -- How many of the index's rows hold it, in any column: at least 1 (a row at 0 is removed).
    rows INTEGER NOT NULL,
    PRIMARY KEY (fts, term)
) WITHOUT ROWID;
INSERT INTO "search_terms" VALUES('articles_fts','000',2);
INSERT INTO "search_terms" VALUES('articles_fts','1',2);
INSERT INTO "search_terms" VALUES('articles_fts','10',1);
INSERT INTO "search_terms" VALUES('articles_fts','14',1);
INSERT INTO "search_terms" VALUES('articles_fts','19',1);
INSERT INTO "search_terms" VALUES('articles_fts','1980s',1);
INSERT INTO "search_terms" VALUES('articles_fts','200',1);
INSERT INTO "search_terms" VALUES('articles_fts','2030',1);
INSERT INTO "search_terms" VALUES('articles_fts','212',3);
INSERT INTO "search_terms" VALUES('articles_fts','27',1);
INSERT INTO "search_terms" VALUES('articles_fts','3',1);
INSERT INTO "search_terms" VALUES('articles_fts','30',2);
INSERT INTO "search_terms" VALUES('articles_fts','32',1);
INSERT INTO "search_terms" VALUES('articles_fts','40',4);
INSERT INTO "search_terms" VALUES('articles_fts','400',2);
INSERT INTO "search_terms" VALUES('articles_fts','47',1);
INSERT INTO "search_terms" VALUES('articles_fts','48',1);
INSERT INTO "search_terms" VALUES('articles_fts','5',1);
INSERT INTO "search_terms" VALUES('articles_fts','500',2);
INSERT INTO "search_terms" VALUES('articles_fts','58',1);
INSERT INTO "search_terms" VALUES('articles_fts','6',1);
INSERT INTO "search_terms" VALUES('articles_fts','64',1);
INSERT INTO "search_terms" VALUES('articles_fts','71',1);
INSERT INTO "search_terms" VALUES('articles_fts','9',1);
INSERT INTO "search_terms" VALUES('articles_fts','90',1);
INSERT INTO "search_terms" VALUES('articles_fts','a',12);
INSERT INTO "search_terms" VALUES('articles_fts','able',1);
INSERT INTO "search_terms" VALUES('articles_fts','aboard',1);
INSERT INTO "search_terms" VALUES('articles_fts','about',8);
INSERT INTO "search_terms" VALUES('articles_fts','above',1);
INSERT INTO "search_terms" VALUES('articles_fts','absorb',1);
INSERT INTO "search_terms" VALUES('articles_fts','accept',2);
INSERT INTO "search_terms" VALUES('articles_fts','accident',2);
INSERT INTO "search_terms" VALUES('articles_fts','according',5);
INSERT INTO "search_terms" VALUES('articles_fts','account',1);
INSERT INTO "search_terms" VALUES('articles_fts','accounted',3);
INSERT INTO "search_terms" VALUES('articles_fts','accused',1);
INSERT INTO "search_terms" VALUES('articles_fts','accusing',1);
INSERT INTO "search_terms" VALUES('articles_fts','acknowledged',1);
INSERT INTO "search_terms" VALUES('articles_fts','across',4);
INSERT INTO "search_terms" VALUES('articles_fts','added',3);
INSERT INTO "search_terms" VALUES('articles_fts','adding',2);
INSERT INTO "search_terms" VALUES('articles_fts','adjust',1);
INSERT INTO "search_terms" VALUES('articles_fts','advised',1);
INSERT INTO "search_terms" VALUES('articles_fts','affected',1);
INSERT INTO "search_terms" VALUES('articles_fts','afford',1);
INSERT INTO "search_terms" VALUES('articles_fts','after',6);
INSERT INTO "search_terms" VALUES('articles_fts','against',1);
INSERT INTO "search_terms" VALUES('articles_fts','agency',1);
INSERT INTO "search_terms" VALUES('articles_fts','agents',1);
INSERT INTO "search_terms" VALUES('articles_fts','ago',3);
INSERT INTO "search_terms" VALUES('articles_fts','agree',2);
INSERT INTO "search_terms" VALUES('articles_fts','agreed',2);
INSERT INTO "search_terms" VALUES('articles_fts','agreeing',1);
INSERT INTO "search_terms" VALUES('articles_fts','agreement',1);
INSERT INTO "search_terms" VALUES('articles_fts','agricultural',1);
INSERT INTO "search_terms" VALUES('articles_fts','agriculture',1);
INSERT INTO "search_terms" VALUES('articles_fts','aground',2);
INSERT INTO "search_terms" VALUES('articles_fts','ahead',1);
INSERT INTO "search_terms" VALUES('articles_fts','air',1);
INSERT INTO "search_terms" VALUES('articles_fts','al',1);
INSERT INTO "search_terms" VALUES('articles_fts','all',5);
INSERT INTO "search_terms" VALUES('articles_fts','allow',1);
INSERT INTO "search_terms" VALUES('articles_fts','allowed',1);
INSERT INTO "search_terms" VALUES('articles_fts','almost',1);
INSERT INTO "search_terms" VALUES('articles_fts','alone',1);
INSERT INTO "search_terms" VALUES('articles_fts','already',3);
INSERT INTO "search_terms" VALUES('articles_fts','also',1);
INSERT INTO "search_terms" VALUES('articles_fts','alternative',2);
INSERT INTO "search_terms" VALUES('articles_fts','always',1);
INSERT INTO "search_terms" VALUES('articles_fts','am',1);
INSERT INTO "search_terms" VALUES('articles_fts','among',1);
INSERT INTO "search_terms" VALUES('articles_fts','an',8);
INSERT INTO "search_terms" VALUES('articles_fts','analysts',2);
INSERT INTO "search_terms" VALUES('articles_fts','anchor',4);
INSERT INTO "search_terms" VALUES('articles_fts','anchorage',1);
INSERT INTO "search_terms" VALUES('articles_fts','and',12);
INSERT INTO "search_terms" VALUES('articles_fts','anders',3);
INSERT INTO "search_terms" VALUES('articles_fts','anita',1);
INSERT INTO "search_terms" VALUES('articles_fts','annika',1);
INSERT INTO "search_terms" VALUES('articles_fts','answer',1);
INSERT INTO "search_terms" VALUES('articles_fts','any',3);
INSERT INTO "search_terms" VALUES('articles_fts','anymore',1);
INSERT INTO "search_terms" VALUES('articles_fts','anything',2);
INSERT INTO "search_terms" VALUES('articles_fts','ap',2);
INSERT INTO "search_terms" VALUES('articles_fts','appoint',1);
INSERT INTO "search_terms" VALUES('articles_fts','april',2);
INSERT INTO "search_terms" VALUES('articles_fts','are',10);
INSERT INTO "search_terms" VALUES('articles_fts','argued',1);
INSERT INTO "search_terms" VALUES('articles_fts','argues',1);
INSERT INTO "search_terms" VALUES('articles_fts','arithmetic',1);
INSERT INTO "search_terms" VALUES('articles_fts','around',5);
INSERT INTO "search_terms" VALUES('articles_fts','arrests',1);
INSERT INTO "search_terms" VALUES('articles_fts','as',11);
INSERT INTO "search_terms" VALUES('articles_fts','asharq',1);
INSERT INTO "search_terms" VALUES('articles_fts','ashore',3);
INSERT INTO "search_terms" VALUES('articles_fts','asked',4);
INSERT INTO "search_terms" VALUES('articles_fts','asking',2);
INSERT INTO "search_terms" VALUES('articles_fts','assembly',1);
INSERT INTO "search_terms" VALUES('articles_fts','assessment',2);
INSERT INTO "search_terms" VALUES('articles_fts','associated',1);
INSERT INTO "search_terms" VALUES('articles_fts','association',4);
INSERT INTO "search_terms" VALUES('articles_fts','associations',1);
INSERT INTO "search_terms" VALUES('articles_fts','at',10);
INSERT INTO "search_terms" VALUES('articles_fts','authorised',1);
INSERT INTO "search_terms" VALUES('articles_fts','authority',3);
INSERT INTO "search_terms" VALUES('articles_fts','auto',1);
INSERT INTO "search_terms" VALUES('articles_fts','automate',2);
INSERT INTO "search_terms" VALUES('articles_fts','automated',1);
INSERT INTO "search_terms" VALUES('articles_fts','automation',5);
INSERT INTO "search_terms" VALUES('articles_fts','autumn',1);
INSERT INTO "search_terms" VALUES('articles_fts','available',1);
INSERT INTO "search_terms" VALUES('articles_fts','away',5);
INSERT INTO "search_terms" VALUES('articles_fts','awsat',1);
INSERT INTO "search_terms" VALUES('articles_fts','axios',1);
INSERT INTO "search_terms" VALUES('articles_fts','back',3);
INSERT INTO "search_terms" VALUES('articles_fts','backlog',2);
INSERT INTO "search_terms" VALUES('articles_fts','bakery',1);
INSERT INTO "search_terms" VALUES('articles_fts','baltic',8);
INSERT INTO "search_terms" VALUES('articles_fts','bank',1);
INSERT INTO "search_terms" VALUES('articles_fts','banner',1);
INSERT INTO "search_terms" VALUES('articles_fts','banners',1);
INSERT INTO "search_terms" VALUES('articles_fts','bargaining',1);
INSERT INTO "search_terms" VALUES('articles_fts','based',1);
INSERT INTO "search_terms" VALUES('articles_fts','bay',3);
INSERT INTO "search_terms" VALUES('articles_fts','be',8);
INSERT INTO "search_terms" VALUES('articles_fts','became',1);
INSERT INTO "search_terms" VALUES('articles_fts','because',1);
INSERT INTO "search_terms" VALUES('articles_fts','become',3);
INSERT INTO "search_terms" VALUES('articles_fts','becomes',1);
INSERT INTO "search_terms" VALUES('articles_fts','been',8);
INSERT INTO "search_terms" VALUES('articles_fts','before',3);
INSERT INTO "search_terms" VALUES('articles_fts','began',4);
INSERT INTO "search_terms" VALUES('articles_fts','begun',2);
INSERT INTO "search_terms" VALUES('articles_fts','behalf',1);
INSERT INTO "search_terms" VALUES('articles_fts','being',4);
INSERT INTO "search_terms" VALUES('articles_fts','belongs',1);
INSERT INTO "search_terms" VALUES('articles_fts','below',2);
INSERT INTO "search_terms" VALUES('articles_fts','benefits',1);
INSERT INTO "search_terms" VALUES('articles_fts','berg',1);
INSERT INTO "search_terms" VALUES('articles_fts','better',1);
INSERT INTO "search_terms" VALUES('articles_fts','between',6);
INSERT INTO "search_terms" VALUES('articles_fts','beyond',2);
INSERT INTO "search_terms" VALUES('articles_fts','biggest',1);
INSERT INTO "search_terms" VALUES('articles_fts','binding',1);
INSERT INTO "search_terms" VALUES('articles_fts','binds',1);
INSERT INTO "search_terms" VALUES('articles_fts','birgit',1);
INSERT INTO "search_terms" VALUES('articles_fts','bites',1);
INSERT INTO "search_terms" VALUES('articles_fts','block',1);
INSERT INTO "search_terms" VALUES('articles_fts','board',3);
INSERT INTO "search_terms" VALUES('articles_fts','boardroom',1);
INSERT INTO "search_terms" VALUES('articles_fts','boats',4);
INSERT INTO "search_terms" VALUES('articles_fts','book',1);
INSERT INTO "search_terms" VALUES('articles_fts','booked',1);
INSERT INTO "search_terms" VALUES('articles_fts','boom',1);
INSERT INTO "search_terms" VALUES('articles_fts','both',2);
INSERT INTO "search_terms" VALUES('articles_fts','bottleneck',1);
INSERT INTO "search_terms" VALUES('articles_fts','bound',4);
INSERT INTO "search_terms" VALUES('articles_fts','brandvold',2);
INSERT INTO "search_terms" VALUES('articles_fts','bread',1);
INSERT INTO "search_terms" VALUES('articles_fts','break',1);
INSERT INTO "search_terms" VALUES('articles_fts','breath',1);
INSERT INTO "search_terms" VALUES('articles_fts','briefing',1);
INSERT INTO "search_terms" VALUES('articles_fts','bring',1);
INSERT INTO "search_terms" VALUES('articles_fts','broadcaster',1);
INSERT INTO "search_terms" VALUES('articles_fts','broke',2);
INSERT INTO "search_terms" VALUES('articles_fts','broken',1);
INSERT INTO "search_terms" VALUES('articles_fts','brought',3);
INSERT INTO "search_terms" VALUES('articles_fts','building',1);
INSERT INTO "search_terms" VALUES('articles_fts','built',2);
INSERT INTO "search_terms" VALUES('articles_fts','burn',1);
INSERT INTO "search_terms" VALUES('articles_fts','busiest',1);
INSERT INTO "search_terms" VALUES('articles_fts','business',2);
INSERT INTO "search_terms" VALUES('articles_fts','but',8);
INSERT INTO "search_terms" VALUES('articles_fts','buy',1);
INSERT INTO "search_terms" VALUES('articles_fts','buyers',2);
INSERT INTO "search_terms" VALUES('articles_fts','by',9);
INSERT INTO "search_terms" VALUES('articles_fts','cabinet',1);
INSERT INTO "search_terms" VALUES('articles_fts','call',2);
INSERT INTO "search_terms" VALUES('articles_fts','called',4);
INSERT INTO "search_terms" VALUES('articles_fts','calls',1);
INSERT INTO "search_terms" VALUES('articles_fts','calm',1);
INSERT INTO "search_terms" VALUES('articles_fts','calmest',1);
INSERT INTO "search_terms" VALUES('articles_fts','came',1);
INSERT INTO "search_terms" VALUES('articles_fts','cameras',1);
INSERT INTO "search_terms" VALUES('articles_fts','can',4);
INSERT INTO "search_terms" VALUES('articles_fts','cannot',3);
INSERT INTO "search_terms" VALUES('articles_fts','cap',1);
INSERT INTO "search_terms" VALUES('articles_fts','capacity',1);
INSERT INTO "search_terms" VALUES('articles_fts','captain',1);
INSERT INTO "search_terms" VALUES('articles_fts','care',2);
INSERT INTO "search_terms" VALUES('articles_fts','cargo',6);
INSERT INTO "search_terms" VALUES('articles_fts','carmakers',1);
INSERT INTO "search_terms" VALUES('articles_fts','carmel',1);
INSERT INTO "search_terms" VALUES('articles_fts','carrier',1);
INSERT INTO "search_terms" VALUES('articles_fts','carriers',2);
INSERT INTO "search_terms" VALUES('articles_fts','carrying',3);
INSERT INTO "search_terms" VALUES('articles_fts','case',1);
INSERT INTO "search_terms" VALUES('articles_fts','cause',3);
INSERT INTO "search_terms" VALUES('articles_fts','caused',1);
INSERT INTO "search_terms" VALUES('articles_fts','centres',1);
INSERT INTO "search_terms" VALUES('articles_fts','century',1);
INSERT INTO "search_terms" VALUES('articles_fts','chain',1);
INSERT INTO "search_terms" VALUES('articles_fts','chains',2);
INSERT INTO "search_terms" VALUES('articles_fts','chair',8);
INSERT INTO "search_terms" VALUES('articles_fts','chairs',1);
INSERT INTO "search_terms" VALUES('articles_fts','change',2);
INSERT INTO "search_terms" VALUES('articles_fts','changed',1);
INSERT INTO "search_terms" VALUES('articles_fts','changes',1);
INSERT INTO "search_terms" VALUES('articles_fts','chief',3);
INSERT INTO "search_terms" VALUES('articles_fts','children',1);
INSERT INTO "search_terms" VALUES('articles_fts','chip',1);
INSERT INTO "search_terms" VALUES('articles_fts','claims',1);
INSERT INTO "search_terms" VALUES('articles_fts','cleared',2);
INSERT INTO "search_terms" VALUES('articles_fts','clearer',1);
INSERT INTO "search_terms" VALUES('articles_fts','clock',1);
INSERT INTO "search_terms" VALUES('articles_fts','close',1);
INSERT INTO "search_terms" VALUES('articles_fts','coastguard',3);
INSERT INTO "search_terms" VALUES('articles_fts','cold',2);
INSERT INTO "search_terms" VALUES('articles_fts','come',3);
INSERT INTO "search_terms" VALUES('articles_fts','coming',1);
INSERT INTO "search_terms" VALUES('articles_fts','commander',3);
INSERT INTO "search_terms" VALUES('articles_fts','companies',2);
INSERT INTO "search_terms" VALUES('articles_fts','company',3);
INSERT INTO "search_terms" VALUES('articles_fts','compensation',1);
INSERT INTO "search_terms" VALUES('articles_fts','complete',1);
INSERT INTO "search_terms" VALUES('articles_fts','compromise',1);
INSERT INTO "search_terms" VALUES('articles_fts','consecutive',1);
INSERT INTO "search_terms" VALUES('articles_fts','consultancy',1);
INSERT INTO "search_terms" VALUES('articles_fts','contact',1);
INSERT INTO "search_terms" VALUES('articles_fts','container',6);
INSERT INTO "search_terms" VALUES('articles_fts','containers',2);
INSERT INTO "search_terms" VALUES('articles_fts','containment',1);
INSERT INTO "search_terms" VALUES('articles_fts','continue',1);
INSERT INTO "search_terms" VALUES('articles_fts','continues',2);
INSERT INTO "search_terms" VALUES('articles_fts','contract',1);
INSERT INTO "search_terms" VALUES('articles_fts','contracts',4);
INSERT INTO "search_terms" VALUES('articles_fts','contributions',1);
INSERT INTO "search_terms" VALUES('articles_fts','control',3);
INSERT INTO "search_terms" VALUES('articles_fts','controls',1);
INSERT INTO "search_terms" VALUES('articles_fts','cooperating',3);
INSERT INTO "search_terms" VALUES('articles_fts','cooperative',1);
INSERT INTO "search_terms" VALUES('articles_fts','coordinate',1);
INSERT INTO "search_terms" VALUES('articles_fts','cope',1);
INSERT INTO "search_terms" VALUES('articles_fts','copenhagen',2);
INSERT INTO "search_terms" VALUES('articles_fts','copy',1);
INSERT INTO "search_terms" VALUES('articles_fts','cost',2);
INSERT INTO "search_terms" VALUES('articles_fts','costing',2);
INSERT INTO "search_terms" VALUES('articles_fts','costs',2);
INSERT INTO "search_terms" VALUES('articles_fts','could',5);
INSERT INTO "search_terms" VALUES('articles_fts','council',1);
INSERT INTO "search_terms" VALUES('articles_fts','count',1);
INSERT INTO "search_terms" VALUES('articles_fts','countdown',1);
INSERT INTO "search_terms" VALUES('articles_fts','counted',1);
INSERT INTO "search_terms" VALUES('articles_fts','country',1);
INSERT INTO "search_terms" VALUES('articles_fts','course',1);
INSERT INTO "search_terms" VALUES('articles_fts','covers',1);
INSERT INTO "search_terms" VALUES('articles_fts','crane',2);
INSERT INTO "search_terms" VALUES('articles_fts','cranes',4);
INSERT INTO "search_terms" VALUES('articles_fts','crew',5);
INSERT INTO "search_terms" VALUES('articles_fts','crews',4);
INSERT INTO "search_terms" VALUES('articles_fts','crises',2);
INSERT INTO "search_terms" VALUES('articles_fts','crisis',1);
INSERT INTO "search_terms" VALUES('articles_fts','crop',1);
INSERT INTO "search_terms" VALUES('articles_fts','crossing',2);
INSERT INTO "search_terms" VALUES('articles_fts','crowd',1);
INSERT INTO "search_terms" VALUES('articles_fts','current',1);
INSERT INTO "search_terms" VALUES('articles_fts','customers',4);
INSERT INTO "search_terms" VALUES('articles_fts','customs',1);
INSERT INTO "search_terms" VALUES('articles_fts','cut',1);
INSERT INTO "search_terms" VALUES('articles_fts','damage',2);
INSERT INTO "search_terms" VALUES('articles_fts','damaged',1);
INSERT INTO "search_terms" VALUES('articles_fts','damages',1);
INSERT INTO "search_terms" VALUES('articles_fts','dammam',1);
INSERT INTO "search_terms" VALUES('articles_fts','danger',2);
INSERT INTO "search_terms" VALUES('articles_fts','dark',1);
INSERT INTO "search_terms" VALUES('articles_fts','data',1);
INSERT INTO "search_terms" VALUES('articles_fts','date',1);
INSERT INTO "search_terms" VALUES('articles_fts','dated',1);
INSERT INTO "search_terms" VALUES('articles_fts','dates',1);
INSERT INTO "search_terms" VALUES('articles_fts','dawn',1);
INSERT INTO "search_terms" VALUES('articles_fts','day',6);
INSERT INTO "search_terms" VALUES('articles_fts','days',5);
INSERT INTO "search_terms" VALUES('articles_fts','deal',1);
INSERT INTO "search_terms" VALUES('articles_fts','decade',2);
INSERT INTO "search_terms" VALUES('articles_fts','decide',2);
INSERT INTO "search_terms" VALUES('articles_fts','decided',2);
INSERT INTO "search_terms" VALUES('articles_fts','decision',1);
INSERT INTO "search_terms" VALUES('articles_fts','deck',2);
INSERT INTO "search_terms" VALUES('articles_fts','declined',1);
INSERT INTO "search_terms" VALUES('articles_fts','deeply',1);
INSERT INTO "search_terms" VALUES('articles_fts','delayed',2);
INSERT INTO "search_terms" VALUES('articles_fts','delays',2);
INSERT INTO "search_terms" VALUES('articles_fts','deliver',1);
INSERT INTO "search_terms" VALUES('articles_fts','delivered',2);
INSERT INTO "search_terms" VALUES('articles_fts','deliveries',1);
INSERT INTO "search_terms" VALUES('articles_fts','delivery',2);
INSERT INTO "search_terms" VALUES('articles_fts','demanding',1);
INSERT INTO "search_terms" VALUES('articles_fts','demands',2);
INSERT INTO "search_terms" VALUES('articles_fts','denied',1);
INSERT INTO "search_terms" VALUES('articles_fts','department',1);
INSERT INTO "search_terms" VALUES('articles_fts','depend',2);
INSERT INTO "search_terms" VALUES('articles_fts','depending',1);
INSERT INTO "search_terms" VALUES('articles_fts','depends',1);
INSERT INTO "search_terms" VALUES('articles_fts','describe',1);
INSERT INTO "search_terms" VALUES('articles_fts','described',3);
INSERT INTO "search_terms" VALUES('articles_fts','designed',1);
INSERT INTO "search_terms" VALUES('articles_fts','desouza',1);
INSERT INTO "search_terms" VALUES('articles_fts','despite',1);
INSERT INTO "search_terms" VALUES('articles_fts','details',1);
INSERT INTO "search_terms" VALUES('articles_fts','did',2);
INSERT INTO "search_terms" VALUES('articles_fts','different',1);
INSERT INTO "search_terms" VALUES('articles_fts','directly',1);
INSERT INTO "search_terms" VALUES('articles_fts','director',1);
INSERT INTO "search_terms" VALUES('articles_fts','directorate',1);
INSERT INTO "search_terms" VALUES('articles_fts','disasters',1);
INSERT INTO "search_terms" VALUES('articles_fts','dispersed',1);
INSERT INTO "search_terms" VALUES('articles_fts','dispute',6);
INSERT INTO "search_terms" VALUES('articles_fts','disputes',1);
INSERT INTO "search_terms" VALUES('articles_fts','disrupted',1);
INSERT INTO "search_terms" VALUES('articles_fts','disruption',2);
INSERT INTO "search_terms" VALUES('articles_fts','diversion',1);
INSERT INTO "search_terms" VALUES('articles_fts','diversions',1);
INSERT INTO "search_terms" VALUES('articles_fts','diverted',1);
INSERT INTO "search_terms" VALUES('articles_fts','diverting',2);
INSERT INTO "search_terms" VALUES('articles_fts','do',4);
INSERT INTO "search_terms" VALUES('articles_fts','dock',4);
INSERT INTO "search_terms" VALUES('articles_fts','docks',2);
INSERT INTO "search_terms" VALUES('articles_fts','dockworkers',8);
INSERT INTO "search_terms" VALUES('articles_fts','doctor',1);
INSERT INTO "search_terms" VALUES('articles_fts','does',1);
INSERT INTO "search_terms" VALUES('articles_fts','doing',1);
INSERT INTO "search_terms" VALUES('articles_fts','done',2);
INSERT INTO "search_terms" VALUES('articles_fts','doubled',1);
INSERT INTO "search_terms" VALUES('articles_fts','down',3);
INSERT INTO "search_terms" VALUES('articles_fts','dozen',1);
INSERT INTO "search_terms" VALUES('articles_fts','dozens',2);
INSERT INTO "search_terms" VALUES('articles_fts','drags',2);
INSERT INTO "search_terms" VALUES('articles_fts','drawing',1);
INSERT INTO "search_terms" VALUES('articles_fts','driven',1);
INSERT INTO "search_terms" VALUES('articles_fts','driver',1);
INSERT INTO "search_terms" VALUES('articles_fts','drives',1);
INSERT INTO "search_terms" VALUES('articles_fts','driving',1);
INSERT INTO "search_terms" VALUES('articles_fts','drove',1);
INSERT INTO "search_terms" VALUES('articles_fts','during',1);
INSERT INTO "search_terms" VALUES('articles_fts','each',1);
INSERT INTO "search_terms" VALUES('articles_fts','earlier',2);
INSERT INTO "search_terms" VALUES('articles_fts','early',2);
INSERT INTO "search_terms" VALUES('articles_fts','eastern',7);
INSERT INTO "search_terms" VALUES('articles_fts','economist',3);
INSERT INTO "search_terms" VALUES('articles_fts','economists',1);
INSERT INTO "search_terms" VALUES('articles_fts','economy',3);
INSERT INTO "search_terms" VALUES('articles_fts','edge',1);
INSERT INTO "search_terms" VALUES('articles_fts','either',1);
INSERT INTO "search_terms" VALUES('articles_fts','eleven',1);
INSERT INTO "search_terms" VALUES('articles_fts','eliminate',3);
INSERT INTO "search_terms" VALUES('articles_fts','elin',3);
INSERT INTO "search_terms" VALUES('articles_fts','else',2);
INSERT INTO "search_terms" VALUES('articles_fts','elsewhere',3);
INSERT INTO "search_terms" VALUES('articles_fts','emerged',1);
INSERT INTO "search_terms" VALUES('articles_fts','emergency',1);
INSERT INTO "search_terms" VALUES('articles_fts','employers',8);
INSERT INTO "search_terms" VALUES('articles_fts','end',4);
INSERT INTO "search_terms" VALUES('articles_fts','ends',1);
INSERT INTO "search_terms" VALUES('articles_fts','engstrom',5);
INSERT INTO "search_terms" VALUES('articles_fts','enough',1);
INSERT INTO "search_terms" VALUES('articles_fts','enter',1);
INSERT INTO "search_terms" VALUES('articles_fts','entered',2);
INSERT INTO "search_terms" VALUES('articles_fts','entering',1);
INSERT INTO "search_terms" VALUES('articles_fts','essential',1);
INSERT INTO "search_terms" VALUES('articles_fts','estimate',1);
INSERT INTO "search_terms" VALUES('articles_fts','estimates',1);
INSERT INTO "search_terms" VALUES('articles_fts','europe',7);
INSERT INTO "search_terms" VALUES('articles_fts','european',3);
INSERT INTO "search_terms" VALUES('articles_fts','euros',2);
INSERT INTO "search_terms" VALUES('articles_fts','evacuation',1);
INSERT INTO "search_terms" VALUES('articles_fts','even',2);
INSERT INTO "search_terms" VALUES('articles_fts','every',10);
INSERT INTO "search_terms" VALUES('articles_fts','everyone',1);
INSERT INTO "search_terms" VALUES('articles_fts','everything',1);
INSERT INTO "search_terms" VALUES('articles_fts','examine',1);
INSERT INTO "search_terms" VALUES('articles_fts','exceed',1);
INSERT INTO "search_terms" VALUES('articles_fts','executive',2);
INSERT INTO "search_terms" VALUES('articles_fts','executives',1);
INSERT INTO "search_terms" VALUES('articles_fts','expanded',1);
INSERT INTO "search_terms" VALUES('articles_fts','expect',1);
INSERT INTO "search_terms" VALUES('articles_fts','expected',6);
INSERT INTO "search_terms" VALUES('articles_fts','export',1);
INSERT INTO "search_terms" VALUES('articles_fts','exporters',2);
INSERT INTO "search_terms" VALUES('articles_fts','exports',2);
INSERT INTO "search_terms" VALUES('articles_fts','extra',2);
INSERT INTO "search_terms" VALUES('articles_fts','faces',1);
INSERT INTO "search_terms" VALUES('articles_fts','factories',1);
INSERT INTO "search_terms" VALUES('articles_fts','faisal',1);
INSERT INTO "search_terms" VALUES('articles_fts','falk',1);
INSERT INTO "search_terms" VALUES('articles_fts','fallen',1);
INSERT INTO "search_terms" VALUES('articles_fts','familiar',2);
INSERT INTO "search_terms" VALUES('articles_fts','families',2);
INSERT INTO "search_terms" VALUES('articles_fts','family',1);
INSERT INTO "search_terms" VALUES('articles_fts','far',4);
INSERT INTO "search_terms" VALUES('articles_fts','farm',1);
INSERT INTO "search_terms" VALUES('articles_fts','farmed',1);
INSERT INTO "search_terms" VALUES('articles_fts','farmers',1);
INSERT INTO "search_terms" VALUES('articles_fts','faster',1);
INSERT INTO "search_terms" VALUES('articles_fts','father',1);
INSERT INTO "search_terms" VALUES('articles_fts','fear',1);
INSERT INTO "search_terms" VALUES('articles_fts','feared',1);
INSERT INTO "search_terms" VALUES('articles_fts','feb',1);
INSERT INTO "search_terms" VALUES('articles_fts','federation',8);
INSERT INTO "search_terms" VALUES('articles_fts','fell',1);
INSERT INTO "search_terms" VALUES('articles_fts','ferry',3);
INSERT INTO "search_terms" VALUES('articles_fts','ferrying',1);
INSERT INTO "search_terms" VALUES('articles_fts','fertiliser',1);
INSERT INTO "search_terms" VALUES('articles_fts','fewer',1);
INSERT INTO "search_terms" VALUES('articles_fts','fifth',1);
INSERT INTO "search_terms" VALUES('articles_fts','figure',2);
INSERT INTO "search_terms" VALUES('articles_fts','finance',1);
INSERT INTO "search_terms" VALUES('articles_fts','find',1);
INSERT INTO "search_terms" VALUES('articles_fts','fine',1);
INSERT INTO "search_terms" VALUES('articles_fts','finished',1);
INSERT INTO "search_terms" VALUES('articles_fts','firm',1);
INSERT INTO "search_terms" VALUES('articles_fts','first',3);
INSERT INTO "search_terms" VALUES('articles_fts','fisherman',1);
INSERT INTO "search_terms" VALUES('articles_fts','fishing',3);
INSERT INTO "search_terms" VALUES('articles_fts','five',1);
INSERT INTO "search_terms" VALUES('articles_fts','flexibility',1);
INSERT INTO "search_terms" VALUES('articles_fts','flowers',1);
INSERT INTO "search_terms" VALUES('articles_fts','followed',1);
INSERT INTO "search_terms" VALUES('articles_fts','food',3);
INSERT INTO "search_terms" VALUES('articles_fts','for',12);
INSERT INTO "search_terms" VALUES('articles_fts','forced',1);
INSERT INTO "search_terms" VALUES('articles_fts','forty',1);
INSERT INTO "search_terms" VALUES('articles_fts','forum',1);
INSERT INTO "search_terms" VALUES('articles_fts','forwarders',1);
INSERT INTO "search_terms" VALUES('articles_fts','four',4);
INSERT INTO "search_terms" VALUES('articles_fts','freeze',1);
INSERT INTO "search_terms" VALUES('articles_fts','freight',3);
INSERT INTO "search_terms" VALUES('articles_fts','fresh',2);
INSERT INTO "search_terms" VALUES('articles_fts','friday',2);
INSERT INTO "search_terms" VALUES('articles_fts','from',10);
INSERT INTO "search_terms" VALUES('articles_fts','fronds',1);
INSERT INTO "search_terms" VALUES('articles_fts','front',1);
INSERT INTO "search_terms" VALUES('articles_fts','frost',1);
INSERT INTO "search_terms" VALUES('articles_fts','fuel',1);
INSERT INTO "search_terms" VALUES('articles_fts','full',1);
INSERT INTO "search_terms" VALUES('articles_fts','fully',3);
INSERT INTO "search_terms" VALUES('articles_fts','fund',2);
INSERT INTO "search_terms" VALUES('articles_fts','funds',1);
INSERT INTO "search_terms" VALUES('articles_fts','further',1);
INSERT INTO "search_terms" VALUES('articles_fts','future',2);
INSERT INTO "search_terms" VALUES('articles_fts','gale',1);
INSERT INTO "search_terms" VALUES('articles_fts','gate',4);
INSERT INTO "search_terms" VALUES('articles_fts','gates',1);
INSERT INTO "search_terms" VALUES('articles_fts','general',1);
INSERT INTO "search_terms" VALUES('articles_fts','generation',1);
INSERT INTO "search_terms" VALUES('articles_fts','generations',1);
INSERT INTO "search_terms" VALUES('articles_fts','ghost',1);
INSERT INTO "search_terms" VALUES('articles_fts','given',1);
INSERT INTO "search_terms" VALUES('articles_fts','giving',1);
INSERT INTO "search_terms" VALUES('articles_fts','go',4);
INSERT INTO "search_terms" VALUES('articles_fts','goa',1);
INSERT INTO "search_terms" VALUES('articles_fts','goes',1);
INSERT INTO "search_terms" VALUES('articles_fts','going',2);
INSERT INTO "search_terms" VALUES('articles_fts','good',1);
INSERT INTO "search_terms" VALUES('articles_fts','goods',1);
INSERT INTO "search_terms" VALUES('articles_fts','government',4);
INSERT INTO "search_terms" VALUES('articles_fts','governments',1);
INSERT INTO "search_terms" VALUES('articles_fts','grandmother',1);
INSERT INTO "search_terms" VALUES('articles_fts','grew',1);
INSERT INTO "search_terms" VALUES('articles_fts','groups',2);
INSERT INTO "search_terms" VALUES('articles_fts','growers',1);
INSERT INTO "search_terms" VALUES('articles_fts','grown',1);
INSERT INTO "search_terms" VALUES('articles_fts','grows',2);
INSERT INTO "search_terms" VALUES('articles_fts','growth',1);
INSERT INTO "search_terms" VALUES('articles_fts','guarantee',1);
INSERT INTO "search_terms" VALUES('articles_fts','guarantees',1);
INSERT INTO "search_terms" VALUES('articles_fts','gulf',2);
INSERT INTO "search_terms" VALUES('articles_fts','habashneh',1);
INSERT INTO "search_terms" VALUES('articles_fts','had',9);
INSERT INTO "search_terms" VALUES('articles_fts','haifa',1);
INSERT INTO "search_terms" VALUES('articles_fts','half',1);
INSERT INTO "search_terms" VALUES('articles_fts','halted',1);
INSERT INTO "search_terms" VALUES('articles_fts','hand',1);
INSERT INTO "search_terms" VALUES('articles_fts','handles',1);
INSERT INTO "search_terms" VALUES('articles_fts','handling',1);
INSERT INTO "search_terms" VALUES('articles_fts','hands',1);
INSERT INTO "search_terms" VALUES('articles_fts','harbi',1);
INSERT INTO "search_terms" VALUES('articles_fts','harbors',1);
INSERT INTO "search_terms" VALUES('articles_fts','harbour',4);
INSERT INTO "search_terms" VALUES('articles_fts','harbours',1);
INSERT INTO "search_terms" VALUES('articles_fts','hardest',1);
INSERT INTO "search_terms" VALUES('articles_fts','harvest',1);
INSERT INTO "search_terms" VALUES('articles_fts','has',8);
INSERT INTO "search_terms" VALUES('articles_fts','have',9);
INSERT INTO "search_terms" VALUES('articles_fts','having',1);
INSERT INTO "search_terms" VALUES('articles_fts','he',5);
INSERT INTO "search_terms" VALUES('articles_fts','head',2);
INSERT INTO "search_terms" VALUES('articles_fts','heads',1);
INSERT INTO "search_terms" VALUES('articles_fts','heard',1);
INSERT INTO "search_terms" VALUES('articles_fts','heeded',1);
INSERT INTO "search_terms" VALUES('articles_fts','help',1);
INSERT INTO "search_terms" VALUES('articles_fts','her',5);
INSERT INTO "search_terms" VALUES('articles_fts','herbs',1);
INSERT INTO "search_terms" VALUES('articles_fts','here',1);
INSERT INTO "search_terms" VALUES('articles_fts','hestskjaer',3);
INSERT INTO "search_terms" VALUES('articles_fts','highest',1);
INSERT INTO "search_terms" VALUES('articles_fts','hill',1);
INSERT INTO "search_terms" VALUES('articles_fts','him',1);
INSERT INTO "search_terms" VALUES('articles_fts','hit',2);
INSERT INTO "search_terms" VALUES('articles_fts','hits',1);
INSERT INTO "search_terms" VALUES('articles_fts','holding',3);
INSERT INTO "search_terms" VALUES('articles_fts','holds',1);
INSERT INTO "search_terms" VALUES('articles_fts','holmquist',1);
INSERT INTO "search_terms" VALUES('articles_fts','holmqvist',2);
INSERT INTO "search_terms" VALUES('articles_fts','home',3);
INSERT INTO "search_terms" VALUES('articles_fts','honoured',1);
INSERT INTO "search_terms" VALUES('articles_fts','hope',1);
INSERT INTO "search_terms" VALUES('articles_fts','hostage',1);
INSERT INTO "search_terms" VALUES('articles_fts','hour',2);
INSERT INTO "search_terms" VALUES('articles_fts','hours',4);
INSERT INTO "search_terms" VALUES('articles_fts','houses',1);
INSERT INTO "search_terms" VALUES('articles_fts','how',3);
INSERT INTO "search_terms" VALUES('articles_fts','hull',1);
INSERT INTO "search_terms" VALUES('articles_fts','human',1);
INSERT INTO "search_terms" VALUES('articles_fts','humanitarian',1);
INSERT INTO "search_terms" VALUES('articles_fts','hundreds',3);
INSERT INTO "search_terms" VALUES('articles_fts','hurt',2);
INSERT INTO "search_terms" VALUES('articles_fts','husband',1);
INSERT INTO "search_terms" VALUES('articles_fts','i',4);
INSERT INTO "search_terms" VALUES('articles_fts','idle',1);
INSERT INTO "search_terms" VALUES('articles_fts','idled',1);
INSERT INTO "search_terms" VALUES('articles_fts','if',3);
INSERT INTO "search_terms" VALUES('articles_fts','ignored',1);
INSERT INTO "search_terms" VALUES('articles_fts','imports',1);
INSERT INTO "search_terms" VALUES('articles_fts','impose',1);
INSERT INTO "search_terms" VALUES('articles_fts','in',12);
INSERT INTO "search_terms" VALUES('articles_fts','include',2);
INSERT INTO "search_terms" VALUES('articles_fts','including',1);
INSERT INTO "search_terms" VALUES('articles_fts','inconvenience',1);
INSERT INTO "search_terms" VALUES('articles_fts','indian',1);
INSERT INTO "search_terms" VALUES('articles_fts','industry',2);
INSERT INTO "search_terms" VALUES('articles_fts','injuries',1);
INSERT INTO "search_terms" VALUES('articles_fts','insist',1);
INSERT INTO "search_terms" VALUES('articles_fts','inspected',1);
INSERT INTO "search_terms" VALUES('articles_fts','inspection',1);
INSERT INTO "search_terms" VALUES('articles_fts','inspections',1);
INSERT INTO "search_terms" VALUES('articles_fts','inspectors',1);
INSERT INTO "search_terms" VALUES('articles_fts','institute',2);
INSERT INTO "search_terms" VALUES('articles_fts','insurance',1);
INSERT INTO "search_terms" VALUES('articles_fts','internal',1);
INSERT INTO "search_terms" VALUES('articles_fts','intervene',1);
INSERT INTO "search_terms" VALUES('articles_fts','into',4);
INSERT INTO "search_terms" VALUES('articles_fts','inventory',1);
INSERT INTO "search_terms" VALUES('articles_fts','investigation',1);
INSERT INTO "search_terms" VALUES('articles_fts','investigators',2);
INSERT INTO "search_terms" VALUES('articles_fts','is',11);
INSERT INTO "search_terms" VALUES('articles_fts','island',3);
INSERT INTO "search_terms" VALUES('articles_fts','israel',1);
INSERT INTO "search_terms" VALUES('articles_fts','israeli',1);
INSERT INTO "search_terms" VALUES('articles_fts','issue',1);
INSERT INTO "search_terms" VALUES('articles_fts','issued',1);
INSERT INTO "search_terms" VALUES('articles_fts','it',9);
INSERT INTO "search_terms" VALUES('articles_fts','its',9);
INSERT INTO "search_terms" VALUES('articles_fts','itself',3);
INSERT INTO "search_terms" VALUES('articles_fts','job',1);
INSERT INTO "search_terms" VALUES('articles_fts','jobs',5);
INSERT INTO "search_terms" VALUES('articles_fts','join',1);
INSERT INTO "search_terms" VALUES('articles_fts','joined',1);
INSERT INTO "search_terms" VALUES('articles_fts','joint',1);
INSERT INTO "search_terms" VALUES('articles_fts','jonas',1);
INSERT INTO "search_terms" VALUES('articles_fts','jordan',1);
INSERT INTO "search_terms" VALUES('articles_fts','jorunn',1);
INSERT INTO "search_terms" VALUES('articles_fts','just',1);
INSERT INTO "search_terms" VALUES('articles_fts','keep',2);
INSERT INTO "search_terms" VALUES('articles_fts','keeps',1);
INSERT INTO "search_terms" VALUES('articles_fts','kerala',1);
INSERT INTO "search_terms" VALUES('articles_fts','kestrel',3);
INSERT INTO "search_terms" VALUES('articles_fts','khaled',1);
INSERT INTO "search_terms" VALUES('articles_fts','khreisat',1);
INSERT INTO "search_terms" VALUES('articles_fts','kind',1);
INSERT INTO "search_terms" VALUES('articles_fts','kingdom',1);
INSERT INTO "search_terms" VALUES('articles_fts','kowalczik',2);
INSERT INTO "search_terms" VALUES('articles_fts','kowalczyk',6);
INSERT INTO "search_terms" VALUES('articles_fts','labor',1);
INSERT INTO "search_terms" VALUES('articles_fts','labour',1);
INSERT INTO "search_terms" VALUES('articles_fts','laid',1);
INSERT INTO "search_terms" VALUES('articles_fts','land',1);
INSERT INTO "search_terms" VALUES('articles_fts','large',1);
INSERT INTO "search_terms" VALUES('articles_fts','largest',1);
INSERT INTO "search_terms" VALUES('articles_fts','lars',1);
INSERT INTO "search_terms" VALUES('articles_fts','lasher',1);
INSERT INTO "search_terms" VALUES('articles_fts','last',2);
INSERT INTO "search_terms" VALUES('articles_fts','lasted',1);
INSERT INTO "search_terms" VALUES('articles_fts','lasting',2);
INSERT INTO "search_terms" VALUES('articles_fts','lasts',2);
INSERT INTO "search_terms" VALUES('articles_fts','late',2);
INSERT INTO "search_terms" VALUES('articles_fts','launch',1);
INSERT INTO "search_terms" VALUES('articles_fts','leaking',1);
INSERT INTO "search_terms" VALUES('articles_fts','learned',2);
INSERT INTO "search_terms" VALUES('articles_fts','learns',2);
INSERT INTO "search_terms" VALUES('articles_fts','least',2);
INSERT INTO "search_terms" VALUES('articles_fts','leave',2);
INSERT INTO "search_terms" VALUES('articles_fts','leaves',1);
INSERT INTO "search_terms" VALUES('articles_fts','leaving',1);
INSERT INTO "search_terms" VALUES('articles_fts','led',2);
INSERT INTO "search_terms" VALUES('articles_fts','left',4);
INSERT INTO "search_terms" VALUES('articles_fts','less',3);
INSERT INTO "search_terms" VALUES('articles_fts','letter',2);
INSERT INTO "search_terms" VALUES('articles_fts','level',2);
INSERT INTO "search_terms" VALUES('articles_fts','lies',1);
INSERT INTO "search_terms" VALUES('articles_fts','light',1);
INSERT INTO "search_terms" VALUES('articles_fts','lights',1);
INSERT INTO "search_terms" VALUES('articles_fts','like',2);
INSERT INTO "search_terms" VALUES('articles_fts','lina',1);
INSERT INTO "search_terms" VALUES('articles_fts','lindholm',8);
INSERT INTO "search_terms" VALUES('articles_fts','lindqvist',1);
INSERT INTO "search_terms" VALUES('articles_fts','line',1);
INSERT INTO "search_terms" VALUES('articles_fts','lines',8);
INSERT INTO "search_terms" VALUES('articles_fts','lise',1);
INSERT INTO "search_terms" VALUES('articles_fts','listen',1);
INSERT INTO "search_terms" VALUES('articles_fts','little',2);
INSERT INTO "search_terms" VALUES('articles_fts','logistics',1);
INSERT INTO "search_terms" VALUES('articles_fts','long',4);
INSERT INTO "search_terms" VALUES('articles_fts','longer',2);
INSERT INTO "search_terms" VALUES('articles_fts','look',1);
INSERT INTO "search_terms" VALUES('articles_fts','losing',1);
INSERT INTO "search_terms" VALUES('articles_fts','losses',1);
INSERT INTO "search_terms" VALUES('articles_fts','lotte',2);
INSERT INTO "search_terms" VALUES('articles_fts','lower',1);
INSERT INTO "search_terms" VALUES('articles_fts','m',1);
INSERT INTO "search_terms" VALUES('articles_fts','machines',1);
INSERT INTO "search_terms" VALUES('articles_fts','main',2);
INSERT INTO "search_terms" VALUES('articles_fts','make',2);
INSERT INTO "search_terms" VALUES('articles_fts','manageable',1);
INSERT INTO "search_terms" VALUES('articles_fts','managers',1);
INSERT INTO "search_terms" VALUES('articles_fts','manages',1);
INSERT INTO "search_terms" VALUES('articles_fts','manufacturers',1);
INSERT INTO "search_terms" VALUES('articles_fts','many',1);
INSERT INTO "search_terms" VALUES('articles_fts','march',2);
INSERT INTO "search_terms" VALUES('articles_fts','maritime',3);
INSERT INTO "search_terms" VALUES('articles_fts','marker',1);
INSERT INTO "search_terms" VALUES('articles_fts','market',1);
INSERT INTO "search_terms" VALUES('articles_fts','markets',1);
INSERT INTO "search_terms" VALUES('articles_fts','matters',1);
INSERT INTO "search_terms" VALUES('articles_fts','mean',2);
INSERT INTO "search_terms" VALUES('articles_fts','means',1);
INSERT INTO "search_terms" VALUES('articles_fts','mediation',4);
INSERT INTO "search_terms" VALUES('articles_fts','mediator',5);
INSERT INTO "search_terms" VALUES('articles_fts','medical',2);
INSERT INTO "search_terms" VALUES('articles_fts','medicine',2);
INSERT INTO "search_terms" VALUES('articles_fts','medicines',1);
INSERT INTO "search_terms" VALUES('articles_fts','medjool',1);
INSERT INTO "search_terms" VALUES('articles_fts','meet',2);
INSERT INTO "search_terms" VALUES('articles_fts','member',4);
INSERT INTO "search_terms" VALUES('articles_fts','members',8);
INSERT INTO "search_terms" VALUES('articles_fts','menon',1);
INSERT INTO "search_terms" VALUES('articles_fts','meteorological',1);
INSERT INTO "search_terms" VALUES('articles_fts','million',2);
INSERT INTO "search_terms" VALUES('articles_fts','minister',4);
INSERT INTO "search_terms" VALUES('articles_fts','ministers',1);
INSERT INTO "search_terms" VALUES('articles_fts','ministry',5);
INSERT INTO "search_terms" VALUES('articles_fts','minor',1);
INSERT INTO "search_terms" VALUES('articles_fts','mira',8);
INSERT INTO "search_terms" VALUES('articles_fts','moen',1);
INSERT INTO "search_terms" VALUES('articles_fts','monday',2);
INSERT INTO "search_terms" VALUES('articles_fts','money',1);
INSERT INTO "search_terms" VALUES('articles_fts','monitoring',1);
INSERT INTO "search_terms" VALUES('articles_fts','month',4);
INSERT INTO "search_terms" VALUES('articles_fts','morale',1);
INSERT INTO "search_terms" VALUES('articles_fts','more',7);
INSERT INTO "search_terms" VALUES('articles_fts','morning',1);
INSERT INTO "search_terms" VALUES('articles_fts','most',7);
INSERT INTO "search_terms" VALUES('articles_fts','mostly',1);
INSERT INTO "search_terms" VALUES('articles_fts','motionless',1);
INSERT INTO "search_terms" VALUES('articles_fts','mount',1);
INSERT INTO "search_terms" VALUES('articles_fts','move',3);
INSERT INTO "search_terms" VALUES('articles_fts','moved',3);
INSERT INTO "search_terms" VALUES('articles_fts','movement',1);
INSERT INTO "search_terms" VALUES('articles_fts','moving',1);
INSERT INTO "search_terms" VALUES('articles_fts','mumbai',1);
INSERT INTO "search_terms" VALUES('articles_fts','must',1);
INSERT INTO "search_terms" VALUES('articles_fts','my',3);
INSERT INTO "search_terms" VALUES('articles_fts','named',1);
INSERT INTO "search_terms" VALUES('articles_fts','nationals',1);
INSERT INTO "search_terms" VALUES('articles_fts','natural',1);
INSERT INTO "search_terms" VALUES('articles_fts','navigation',1);
INSERT INTO "search_terms" VALUES('articles_fts','near',2);
INSERT INTO "search_terms" VALUES('articles_fts','nearly',1);
INSERT INTO "search_terms" VALUES('articles_fts','need',1);
INSERT INTO "search_terms" VALUES('articles_fts','needs',2);
INSERT INTO "search_terms" VALUES('articles_fts','negotiable',1);
INSERT INTO "search_terms" VALUES('articles_fts','negotiate',1);
INSERT INTO "search_terms" VALUES('articles_fts','negotiating',1);
INSERT INTO "search_terms" VALUES('articles_fts','negotiators',1);
INSERT INTO "search_terms" VALUES('articles_fts','neighboring',1);
INSERT INTO "search_terms" VALUES('articles_fts','never',3);
INSERT INTO "search_terms" VALUES('articles_fts','new',6);
INSERT INTO "search_terms" VALUES('articles_fts','news',2);
INSERT INTO "search_terms" VALUES('articles_fts','next',3);
INSERT INTO "search_terms" VALUES('articles_fts','night',1);
INSERT INTO "search_terms" VALUES('articles_fts','nights',1);
INSERT INTO "search_terms" VALUES('articles_fts','nine',3);
INSERT INTO "search_terms" VALUES('articles_fts','ninth',1);
INSERT INTO "search_terms" VALUES('articles_fts','no',8);
INSERT INTO "search_terms" VALUES('articles_fts','nobody',4);
INSERT INTO "search_terms" VALUES('articles_fts','noise',1);
INSERT INTO "search_terms" VALUES('articles_fts','none',1);
INSERT INTO "search_terms" VALUES('articles_fts','nord',1);
INSERT INTO "search_terms" VALUES('articles_fts','nordhavn',1);
INSERT INTO "search_terms" VALUES('articles_fts','nordlys',3);
INSERT INTO "search_terms" VALUES('articles_fts','north',1);
INSERT INTO "search_terms" VALUES('articles_fts','northern',4);
INSERT INTO "search_terms" VALUES('articles_fts','not',12);
INSERT INTO "search_terms" VALUES('articles_fts','nothing',2);
INSERT INTO "search_terms" VALUES('articles_fts','notice',1);
INSERT INTO "search_terms" VALUES('articles_fts','now',3);
INSERT INTO "search_terms" VALUES('articles_fts','number',3);
INSERT INTO "search_terms" VALUES('articles_fts','numbers',1);
INSERT INTO "search_terms" VALUES('articles_fts','nurse',1);
INSERT INTO "search_terms" VALUES('articles_fts','odd',1);
INSERT INTO "search_terms" VALUES('articles_fts','odeibat',1);
INSERT INTO "search_terms" VALUES('articles_fts','of',12);
INSERT INTO "search_terms" VALUES('articles_fts','off',7);
INSERT INTO "search_terms" VALUES('articles_fts','offer',2);
INSERT INTO "search_terms" VALUES('articles_fts','offered',3);
INSERT INTO "search_terms" VALUES('articles_fts','office',2);
INSERT INTO "search_terms" VALUES('articles_fts','officer',1);
INSERT INTO "search_terms" VALUES('articles_fts','official',2);
INSERT INTO "search_terms" VALUES('articles_fts','officials',2);
INSERT INTO "search_terms" VALUES('articles_fts','old',1);
INSERT INTO "search_terms" VALUES('articles_fts','on',12);
INSERT INTO "search_terms" VALUES('articles_fts','one',7);
INSERT INTO "search_terms" VALUES('articles_fts','ones',1);
INSERT INTO "search_terms" VALUES('articles_fts','only',3);
INSERT INTO "search_terms" VALUES('articles_fts','onto',1);
INSERT INTO "search_terms" VALUES('articles_fts','open',2);
INSERT INTO "search_terms" VALUES('articles_fts','opens',1);
INSERT INTO "search_terms" VALUES('articles_fts','operate',1);
INSERT INTO "search_terms" VALUES('articles_fts','operated',3);
INSERT INTO "search_terms" VALUES('articles_fts','operating',1);
INSERT INTO "search_terms" VALUES('articles_fts','operation',1);
INSERT INTO "search_terms" VALUES('articles_fts','operations',1);
INSERT INTO "search_terms" VALUES('articles_fts','operators',5);
INSERT INTO "search_terms" VALUES('articles_fts','or',2);
INSERT INTO "search_terms" VALUES('articles_fts','originally',1);
INSERT INTO "search_terms" VALUES('articles_fts','other',6);
INSERT INTO "search_terms" VALUES('articles_fts','our',6);
INSERT INTO "search_terms" VALUES('articles_fts','out',3);
INSERT INTO "search_terms" VALUES('articles_fts','outside',4);
INSERT INTO "search_terms" VALUES('articles_fts','over',7);
INSERT INTO "search_terms" VALUES('articles_fts','overnight',1);
INSERT INTO "search_terms" VALUES('articles_fts','own',3);
INSERT INTO "search_terms" VALUES('articles_fts','paid',1);
INSERT INTO "search_terms" VALUES('articles_fts','painted',2);
INSERT INTO "search_terms" VALUES('articles_fts','palms',1);
INSERT INTO "search_terms" VALUES('articles_fts','part',1);
INSERT INTO "search_terms" VALUES('articles_fts','partners',1);
INSERT INTO "search_terms" VALUES('articles_fts','partnerships',1);
INSERT INTO "search_terms" VALUES('articles_fts','parts',2);
INSERT INTO "search_terms" VALUES('articles_fts','party',1);
INSERT INTO "search_terms" VALUES('articles_fts','pass',1);
INSERT INTO "search_terms" VALUES('articles_fts','passed',1);
INSERT INTO "search_terms" VALUES('articles_fts','passenger',3);
INSERT INTO "search_terms" VALUES('articles_fts','passengers',1);
INSERT INTO "search_terms" VALUES('articles_fts','past',1);
INSERT INTO "search_terms" VALUES('articles_fts','patient',1);
INSERT INTO "search_terms" VALUES('articles_fts','pay',2);
INSERT INTO "search_terms" VALUES('articles_fts','paying',1);
INSERT INTO "search_terms" VALUES('articles_fts','peaceful',1);
INSERT INTO "search_terms" VALUES('articles_fts','peak',1);
INSERT INTO "search_terms" VALUES('articles_fts','pension',1);
INSERT INTO "search_terms" VALUES('articles_fts','pensions',1);
INSERT INTO "search_terms" VALUES('articles_fts','people',5);
INSERT INTO "search_terms" VALUES('articles_fts','per',5);
INSERT INTO "search_terms" VALUES('articles_fts','percentage',1);
INSERT INTO "search_terms" VALUES('articles_fts','perishable',1);
INSERT INTO "search_terms" VALUES('articles_fts','permanent',1);
INSERT INTO "search_terms" VALUES('articles_fts','permission',1);
INSERT INTO "search_terms" VALUES('articles_fts','petrochemicals',1);
INSERT INTO "search_terms" VALUES('articles_fts','pettersson',1);
INSERT INTO "search_terms" VALUES('articles_fts','pharmaceuticals',1);
INSERT INTO "search_terms" VALUES('articles_fts','phone',1);
INSERT INTO "search_terms" VALUES('articles_fts','phrase',1);
INSERT INTO "search_terms" VALUES('articles_fts','picket',3);
INSERT INTO "search_terms" VALUES('articles_fts','placed',1);
INSERT INTO "search_terms" VALUES('articles_fts','plan',4);
INSERT INTO "search_terms" VALUES('articles_fts','plans',5);
INSERT INTO "search_terms" VALUES('articles_fts','plantation',1);
INSERT INTO "search_terms" VALUES('articles_fts','planted',1);
INSERT INTO "search_terms" VALUES('articles_fts','point',1);
INSERT INTO "search_terms" VALUES('articles_fts','points',1);
INSERT INTO "search_terms" VALUES('articles_fts','police',1);
INSERT INTO "search_terms" VALUES('articles_fts','pool',1);
INSERT INTO "search_terms" VALUES('articles_fts','port',8);
INSERT INTO "search_terms" VALUES('articles_fts','ports',7);
INSERT INTO "search_terms" VALUES('articles_fts','position',1);
INSERT INTO "search_terms" VALUES('articles_fts','power',2);
INSERT INTO "search_terms" VALUES('articles_fts','practical',1);
INSERT INTO "search_terms" VALUES('articles_fts','praising',1);
INSERT INTO "search_terms" VALUES('articles_fts','precaution',1);
INSERT INTO "search_terms" VALUES('articles_fts','prepared',1);
INSERT INTO "search_terms" VALUES('articles_fts','press',2);
INSERT INTO "search_terms" VALUES('articles_fts','previous',1);
INSERT INTO "search_terms" VALUES('articles_fts','prices',1);
INSERT INTO "search_terms" VALUES('articles_fts','priority',2);
INSERT INTO "search_terms" VALUES('articles_fts','produce',1);
INSERT INTO "search_terms" VALUES('articles_fts','product',1);
INSERT INTO "search_terms" VALUES('articles_fts','products',1);
INSERT INTO "search_terms" VALUES('articles_fts','promise',2);
INSERT INTO "search_terms" VALUES('articles_fts','proposal',1);
INSERT INTO "search_terms" VALUES('articles_fts','propose',1);
INSERT INTO "search_terms" VALUES('articles_fts','protected',1);
INSERT INTO "search_terms" VALUES('articles_fts','protection',1);
INSERT INTO "search_terms" VALUES('articles_fts','provisions',1);
INSERT INTO "search_terms" VALUES('articles_fts','public',1);
INSERT INTO "search_terms" VALUES('articles_fts','publish',2);
INSERT INTO "search_terms" VALUES('articles_fts','pushed',2);
INSERT INTO "search_terms" VALUES('articles_fts','put',3);
INSERT INTO "search_terms" VALUES('articles_fts','putting',1);
INSERT INTO "search_terms" VALUES('articles_fts','quarter',1);
INSERT INTO "search_terms" VALUES('articles_fts','question',1);
INSERT INTO "search_terms" VALUES('articles_fts','questions',1);
INSERT INTO "search_terms" VALUES('articles_fts','radio',3);
INSERT INTO "search_terms" VALUES('articles_fts','rail',2);
INSERT INTO "search_terms" VALUES('articles_fts','rally',1);
INSERT INTO "search_terms" VALUES('articles_fts','ran',3);
INSERT INTO "search_terms" VALUES('articles_fts','rapidly',1);
INSERT INTO "search_terms" VALUES('articles_fts','rarely',1);
INSERT INTO "search_terms" VALUES('articles_fts','rates',2);
INSERT INTO "search_terms" VALUES('articles_fts','ravi',1);
INSERT INTO "search_terms" VALUES('articles_fts','re',1);
INSERT INTO "search_terms" VALUES('articles_fts','reach',2);
INSERT INTO "search_terms" VALUES('articles_fts','reached',2);
INSERT INTO "search_terms" VALUES('articles_fts','read',1);
INSERT INTO "search_terms" VALUES('articles_fts','ready',3);
INSERT INTO "search_terms" VALUES('articles_fts','real',1);
INSERT INTO "search_terms" VALUES('articles_fts','really',1);
INSERT INTO "search_terms" VALUES('articles_fts','receiving',1);
INSERT INTO "search_terms" VALUES('articles_fts','records',1);
INSERT INTO "search_terms" VALUES('articles_fts','recoverable',1);
INSERT INTO "search_terms" VALUES('articles_fts','reduces',1);
INSERT INTO "search_terms" VALUES('articles_fts','reef',3);
INSERT INTO "search_terms" VALUES('articles_fts','refused',1);
INSERT INTO "search_terms" VALUES('articles_fts','region',1);
INSERT INTO "search_terms" VALUES('articles_fts','regional',2);
INSERT INTO "search_terms" VALUES('articles_fts','regret',1);
INSERT INTO "search_terms" VALUES('articles_fts','regretting',1);
INSERT INTO "search_terms" VALUES('articles_fts','reinholt',1);
INSERT INTO "search_terms" VALUES('articles_fts','rejected',2);
INSERT INTO "search_terms" VALUES('articles_fts','related',1);
INSERT INTO "search_terms" VALUES('articles_fts','relatives',1);
INSERT INTO "search_terms" VALUES('articles_fts','remained',1);
INSERT INTO "search_terms" VALUES('articles_fts','remote',3);
INSERT INTO "search_terms" VALUES('articles_fts','remotely',1);
INSERT INTO "search_terms" VALUES('articles_fts','repeating',1);
INSERT INTO "search_terms" VALUES('articles_fts','report',2);
INSERT INTO "search_terms" VALUES('articles_fts','reporters',3);
INSERT INTO "search_terms" VALUES('articles_fts','reports',1);
INSERT INTO "search_terms" VALUES('articles_fts','representing',1);
INSERT INTO "search_terms" VALUES('articles_fts','represents',1);
INSERT INTO "search_terms" VALUES('articles_fts','reroute',1);
INSERT INTO "search_terms" VALUES('articles_fts','rerouted',1);
INSERT INTO "search_terms" VALUES('articles_fts','rerouting',1);
INSERT INTO "search_terms" VALUES('articles_fts','rescue',2);
INSERT INTO "search_terms" VALUES('articles_fts','rescued',1);
INSERT INTO "search_terms" VALUES('articles_fts','residents',1);
INSERT INTO "search_terms" VALUES('articles_fts','resource',1);
INSERT INTO "search_terms" VALUES('articles_fts','result',1);
INSERT INTO "search_terms" VALUES('articles_fts','resume',1);
INSERT INTO "search_terms" VALUES('articles_fts','resumed',1);
INSERT INTO "search_terms" VALUES('articles_fts','retired',1);
INSERT INTO "search_terms" VALUES('articles_fts','retirees',1);
INSERT INTO "search_terms" VALUES('articles_fts','retrained',1);
INSERT INTO "search_terms" VALUES('articles_fts','return',2);
INSERT INTO "search_terms" VALUES('articles_fts','reuters',3);
INSERT INTO "search_terms" VALUES('articles_fts','reversing',1);
INSERT INTO "search_terms" VALUES('articles_fts','review',1);
INSERT INTO "search_terms" VALUES('articles_fts','revised',1);
INSERT INTO "search_terms" VALUES('articles_fts','ripple',1);
INSERT INTO "search_terms" VALUES('articles_fts','risk',2);
INSERT INTO "search_terms" VALUES('articles_fts','room',1);
INSERT INTO "search_terms" VALUES('articles_fts','roughly',1);
INSERT INTO "search_terms" VALUES('articles_fts','route',3);
INSERT INTO "search_terms" VALUES('articles_fts','run',2);
INSERT INTO "search_terms" VALUES('articles_fts','runs',4);
INSERT INTO "search_terms" VALUES('articles_fts','s',12);
INSERT INTO "search_terms" VALUES('articles_fts','safely',1);
INSERT INTO "search_terms" VALUES('articles_fts','safety',1);
INSERT INTO "search_terms" VALUES('articles_fts','said',12);
INSERT INTO "search_terms" VALUES('articles_fts','sailed',1);
INSERT INTO "search_terms" VALUES('articles_fts','sailor',1);
INSERT INTO "search_terms" VALUES('articles_fts','sailors',1);
INSERT INTO "search_terms" VALUES('articles_fts','same',1);
INSERT INTO "search_terms" VALUES('articles_fts','samer',1);
INSERT INTO "search_terms" VALUES('articles_fts','say',6);
INSERT INTO "search_terms" VALUES('articles_fts','saying',4);
INSERT INTO "search_terms" VALUES('articles_fts','says',6);
INSERT INTO "search_terms" VALUES('articles_fts','scandinavian',1);
INSERT INTO "search_terms" VALUES('articles_fts','schedule',1);
INSERT INTO "search_terms" VALUES('articles_fts','schedules',1);
INSERT INTO "search_terms" VALUES('articles_fts','schemes',1);
INSERT INTO "search_terms" VALUES('articles_fts','scraping',1);
INSERT INTO "search_terms" VALUES('articles_fts','sea',2);
INSERT INTO "search_terms" VALUES('articles_fts','seafarers',1);
INSERT INTO "search_terms" VALUES('articles_fts','season',1);
INSERT INTO "search_terms" VALUES('articles_fts','second',3);
INSERT INTO "search_terms" VALUES('articles_fts','seconds',1);
INSERT INTO "search_terms" VALUES('articles_fts','secretary',1);
INSERT INTO "search_terms" VALUES('articles_fts','see',3);
INSERT INTO "search_terms" VALUES('articles_fts','seen',2);
INSERT INTO "search_terms" VALUES('articles_fts','sees',1);
INSERT INTO "search_terms" VALUES('articles_fts','sent',3);
INSERT INTO "search_terms" VALUES('articles_fts','separately',1);
INSERT INTO "search_terms" VALUES('articles_fts','serious',1);
INSERT INTO "search_terms" VALUES('articles_fts','seriously',2);
INSERT INTO "search_terms" VALUES('articles_fts','service',1);
INSERT INTO "search_terms" VALUES('articles_fts','settlement',3);
INSERT INTO "search_terms" VALUES('articles_fts','several',2);
INSERT INTO "search_terms" VALUES('articles_fts','shave',1);
INSERT INTO "search_terms" VALUES('articles_fts','she',4);
INSERT INTO "search_terms" VALUES('articles_fts','ship',4);
INSERT INTO "search_terms" VALUES('articles_fts','shipments',1);
INSERT INTO "search_terms" VALUES('articles_fts','shipper',1);
INSERT INTO "search_terms" VALUES('articles_fts','shippers',2);
INSERT INTO "search_terms" VALUES('articles_fts','shipping',6);
INSERT INTO "search_terms" VALUES('articles_fts','ships',5);
INSERT INTO "search_terms" VALUES('articles_fts','shore',1);
INSERT INTO "search_terms" VALUES('articles_fts','shortage',1);
INSERT INTO "search_terms" VALUES('articles_fts','shortly',1);
INSERT INTO "search_terms" VALUES('articles_fts','shouted',1);
INSERT INTO "search_terms" VALUES('articles_fts','showed',1);
INSERT INTO "search_terms" VALUES('articles_fts','shuneh',1);
INSERT INTO "search_terms" VALUES('articles_fts','shut',1);
INSERT INTO "search_terms" VALUES('articles_fts','side',2);
INSERT INTO "search_terms" VALUES('articles_fts','sides',5);
INSERT INTO "search_terms" VALUES('articles_fts','sight',1);
INSERT INTO "search_terms" VALUES('articles_fts','sign',2);
INSERT INTO "search_terms" VALUES('articles_fts','similar',1);
INSERT INTO "search_terms" VALUES('articles_fts','simple',1);
INSERT INTO "search_terms" VALUES('articles_fts','since',5);
INSERT INTO "search_terms" VALUES('articles_fts','single',2);
INSERT INTO "search_terms" VALUES('articles_fts','situation',3);
INSERT INTO "search_terms" VALUES('articles_fts','six',2);
INSERT INTO "search_terms" VALUES('articles_fts','size',1);
INSERT INTO "search_terms" VALUES('articles_fts','skarva',3);
INSERT INTO "search_terms" VALUES('articles_fts','skeleton',1);
INSERT INTO "search_terms" VALUES('articles_fts','slow',2);
INSERT INTO "search_terms" VALUES('articles_fts','small',2);
INSERT INTO "search_terms" VALUES('articles_fts','smaller',2);
INSERT INTO "search_terms" VALUES('articles_fts','snarls',1);
INSERT INTO "search_terms" VALUES('articles_fts','so',3);
INSERT INTO "search_terms" VALUES('articles_fts','sofia',1);
INSERT INTO "search_terms" VALUES('articles_fts','some',3);
INSERT INTO "search_terms" VALUES('articles_fts','someone',1);
INSERT INTO "search_terms" VALUES('articles_fts','somewhere',1);
INSERT INTO "search_terms" VALUES('articles_fts','son',1);
INSERT INTO "search_terms" VALUES('articles_fts','sources',1);
INSERT INTO "search_terms" VALUES('articles_fts','south',2);
INSERT INTO "search_terms" VALUES('articles_fts','speak',1);
INSERT INTO "search_terms" VALUES('articles_fts','speaks',1);
INSERT INTO "search_terms" VALUES('articles_fts','speculate',3);
INSERT INTO "search_terms" VALUES('articles_fts','spent',1);
INSERT INTO "search_terms" VALUES('articles_fts','spokesman',1);
INSERT INTO "search_terms" VALUES('articles_fts','spokesperson',1);
INSERT INTO "search_terms" VALUES('articles_fts','spot',1);
INSERT INTO "search_terms" VALUES('articles_fts','stacks',1);
INSERT INTO "search_terms" VALUES('articles_fts','staff',1);
INSERT INTO "search_terms" VALUES('articles_fts','staffing',1);
INSERT INTO "search_terms" VALUES('articles_fts','stall',1);
INSERT INTO "search_terms" VALUES('articles_fts','stand',1);
INSERT INTO "search_terms" VALUES('articles_fts','standstill',1);
INSERT INTO "search_terms" VALUES('articles_fts','start',1);
INSERT INTO "search_terms" VALUES('articles_fts','started',2);
INSERT INTO "search_terms" VALUES('articles_fts','state',3);
INSERT INTO "search_terms" VALUES('articles_fts','statement',6);
INSERT INTO "search_terms" VALUES('articles_fts','states',1);
INSERT INTO "search_terms" VALUES('articles_fts','stay',3);
INSERT INTO "search_terms" VALUES('articles_fts','step',1);
INSERT INTO "search_terms" VALUES('articles_fts','still',3);
INSERT INTO "search_terms" VALUES('articles_fts','stoppage',2);
INSERT INTO "search_terms" VALUES('articles_fts','story',1);
INSERT INTO "search_terms" VALUES('articles_fts','straddle',1);
INSERT INTO "search_terms" VALUES('articles_fts','stranded',1);
INSERT INTO "search_terms" VALUES('articles_fts','stranding',1);
INSERT INTO "search_terms" VALUES('articles_fts','streets',1);
INSERT INTO "search_terms" VALUES('articles_fts','strike',9);
INSERT INTO "search_terms" VALUES('articles_fts','striking',1);
INSERT INTO "search_terms" VALUES('articles_fts','strong',1);
INSERT INTO "search_terms" VALUES('articles_fts','struck',1);
INSERT INTO "search_terms" VALUES('articles_fts','struggling',1);
INSERT INTO "search_terms" VALUES('articles_fts','stuck',1);
INSERT INTO "search_terms" VALUES('articles_fts','studied',1);
INSERT INTO "search_terms" VALUES('articles_fts','study',2);
INSERT INTO "search_terms" VALUES('articles_fts','such',1);
INSERT INTO "search_terms" VALUES('articles_fts','supplied',1);
INSERT INTO "search_terms" VALUES('articles_fts','suppliers',1);
INSERT INTO "search_terms" VALUES('articles_fts','supplies',1);
INSERT INTO "search_terms" VALUES('articles_fts','supply',4);
INSERT INTO "search_terms" VALUES('articles_fts','supported',1);
INSERT INTO "search_terms" VALUES('articles_fts','sure',2);
INSERT INTO "search_terms" VALUES('articles_fts','surveying',1);
INSERT INTO "search_terms" VALUES('articles_fts','survive',1);
INSERT INTO "search_terms" VALUES('articles_fts','suspended',1);
INSERT INTO "search_terms" VALUES('articles_fts','svensson',1);
INSERT INTO "search_terms" VALUES('articles_fts','table',5);
INSERT INTO "search_terms" VALUES('articles_fts','take',3);
INSERT INTO "search_terms" VALUES('articles_fts','taken',1);
INSERT INTO "search_terms" VALUES('articles_fts','takes',1);
INSERT INTO "search_terms" VALUES('articles_fts','talk',1);
INSERT INTO "search_terms" VALUES('articles_fts','talking',2);
INSERT INTO "search_terms" VALUES('articles_fts','talks',5);
INSERT INTO "search_terms" VALUES('articles_fts','team',1);
INSERT INTO "search_terms" VALUES('articles_fts','teams',2);
INSERT INTO "search_terms" VALUES('articles_fts','tell',1);
INSERT INTO "search_terms" VALUES('articles_fts','temperatures',1);
INSERT INTO "search_terms" VALUES('articles_fts','ten',1);
INSERT INTO "search_terms" VALUES('articles_fts','tenth',2);
INSERT INTO "search_terms" VALUES('articles_fts','terminal',8);
INSERT INTO "search_terms" VALUES('articles_fts','terminals',3);
INSERT INTO "search_terms" VALUES('articles_fts','test',1);
INSERT INTO "search_terms" VALUES('articles_fts','than',8);
INSERT INTO "search_terms" VALUES('articles_fts','that',12);
INSERT INTO "search_terms" VALUES('articles_fts','the',12);
INSERT INTO "search_terms" VALUES('articles_fts','their',10);
INSERT INTO "search_terms" VALUES('articles_fts','them',4);
INSERT INTO "search_terms" VALUES('articles_fts','then',1);
INSERT INTO "search_terms" VALUES('articles_fts','there',3);
INSERT INTO "search_terms" VALUES('articles_fts','these',2);
INSERT INTO "search_terms" VALUES('articles_fts','they',8);
INSERT INTO "search_terms" VALUES('articles_fts','thing',1);
INSERT INTO "search_terms" VALUES('articles_fts','third',2);
INSERT INTO "search_terms" VALUES('articles_fts','thirty',1);
INSERT INTO "search_terms" VALUES('articles_fts','this',7);
INSERT INTO "search_terms" VALUES('articles_fts','though',1);
INSERT INTO "search_terms" VALUES('articles_fts','thousands',1);
INSERT INTO "search_terms" VALUES('articles_fts','threat',1);
INSERT INTO "search_terms" VALUES('articles_fts','threatening',1);
INSERT INTO "search_terms" VALUES('articles_fts','threatens',1);
INSERT INTO "search_terms" VALUES('articles_fts','three',2);
INSERT INTO "search_terms" VALUES('articles_fts','through',2);
INSERT INTO "search_terms" VALUES('articles_fts','thursday',4);
INSERT INTO "search_terms" VALUES('articles_fts','tied',1);
INSERT INTO "search_terms" VALUES('articles_fts','tilting',1);
INSERT INTO "search_terms" VALUES('articles_fts','time',1);
INSERT INTO "search_terms" VALUES('articles_fts','times',2);
INSERT INTO "search_terms" VALUES('articles_fts','tired',1);
INSERT INTO "search_terms" VALUES('articles_fts','to',12);
INSERT INTO "search_terms" VALUES('articles_fts','today',1);
INSERT INTO "search_terms" VALUES('articles_fts','told',10);
INSERT INTO "search_terms" VALUES('articles_fts','took',1);
INSERT INTO "search_terms" VALUES('articles_fts','top',1);
INSERT INTO "search_terms" VALUES('articles_fts','touch',1);
INSERT INTO "search_terms" VALUES('articles_fts','town',1);
INSERT INTO "search_terms" VALUES('articles_fts','tracking',1);
INSERT INTO "search_terms" VALUES('articles_fts','trade',1);
INSERT INTO "search_terms" VALUES('articles_fts','traffic',2);
INSERT INTO "search_terms" VALUES('articles_fts','transport',4);
INSERT INTO "search_terms" VALUES('articles_fts','travelling',1);
INSERT INTO "search_terms" VALUES('articles_fts','treated',1);
INSERT INTO "search_terms" VALUES('articles_fts','trees',1);
INSERT INTO "search_terms" VALUES('articles_fts','truck',1);
INSERT INTO "search_terms" VALUES('articles_fts','trucking',1);
INSERT INTO "search_terms" VALUES('articles_fts','trust',1);
INSERT INTO "search_terms" VALUES('articles_fts','trustees',1);
INSERT INTO "search_terms" VALUES('articles_fts','tuesday',5);
INSERT INTO "search_terms" VALUES('articles_fts','turned',2);
INSERT INTO "search_terms" VALUES('articles_fts','twist',1);
INSERT INTO "search_terms" VALUES('articles_fts','twitter',2);
INSERT INTO "search_terms" VALUES('articles_fts','two',8);
INSERT INTO "search_terms" VALUES('articles_fts','uncertainty',1);
INSERT INTO "search_terms" VALUES('articles_fts','under',3);
INSERT INTO "search_terms" VALUES('articles_fts','underestimates',1);
INSERT INTO "search_terms" VALUES('articles_fts','underfunded',1);
INSERT INTO "search_terms" VALUES('articles_fts','understand',1);
INSERT INTO "search_terms" VALUES('articles_fts','understands',1);
INSERT INTO "search_terms" VALUES('articles_fts','unexpected',1);
INSERT INTO "search_terms" VALUES('articles_fts','union',8);
INSERT INTO "search_terms" VALUES('articles_fts','unloaded',1);
INSERT INTO "search_terms" VALUES('articles_fts','unrealistic',1);
INSERT INTO "search_terms" VALUES('articles_fts','unreliable',1);
INSERT INTO "search_terms" VALUES('articles_fts','until',5);
INSERT INTO "search_terms" VALUES('articles_fts','unusual',1);
INSERT INTO "search_terms" VALUES('articles_fts','up',4);
INSERT INTO "search_terms" VALUES('articles_fts','urged',1);
INSERT INTO "search_terms" VALUES('articles_fts','us',4);
INSERT INTO "search_terms" VALUES('articles_fts','use',2);
INSERT INTO "search_terms" VALUES('articles_fts','valley',1);
INSERT INTO "search_terms" VALUES('articles_fts','valuable',1);
INSERT INTO "search_terms" VALUES('articles_fts','value',1);
INSERT INTO "search_terms" VALUES('articles_fts','varga',3);
INSERT INTO "search_terms" VALUES('articles_fts','vessel',2);
INSERT INTO "search_terms" VALUES('articles_fts','vessels',5);
INSERT INTO "search_terms" VALUES('articles_fts','vessoy',3);
INSERT INTO "search_terms" VALUES('articles_fts','vote',1);
INSERT INTO "search_terms" VALUES('articles_fts','voted',1);
INSERT INTO "search_terms" VALUES('articles_fts','vowed',1);
INSERT INTO "search_terms" VALUES('articles_fts','wait',1);
INSERT INTO "search_terms" VALUES('articles_fts','waited',1);
INSERT INTO "search_terms" VALUES('articles_fts','waiting',4);
INSERT INTO "search_terms" VALUES('articles_fts','walked',2);
INSERT INTO "search_terms" VALUES('articles_fts','walkout',1);
INSERT INTO "search_terms" VALUES('articles_fts','wanted',1);
INSERT INTO "search_terms" VALUES('articles_fts','warn',1);
INSERT INTO "search_terms" VALUES('articles_fts','warned',6);
INSERT INTO "search_terms" VALUES('articles_fts','warning',2);
INSERT INTO "search_terms" VALUES('articles_fts','was',10);
INSERT INTO "search_terms" VALUES('articles_fts','watching',1);
INSERT INTO "search_terms" VALUES('articles_fts','water',1);
INSERT INTO "search_terms" VALUES('articles_fts','way',3);
INSERT INTO "search_terms" VALUES('articles_fts','we',11);
INSERT INTO "search_terms" VALUES('articles_fts','weather',1);
INSERT INTO "search_terms" VALUES('articles_fts','wednesday',1);
INSERT INTO "search_terms" VALUES('articles_fts','week',7);
INSERT INTO "search_terms" VALUES('articles_fts','weekend',1);
INSERT INTO "search_terms" VALUES('articles_fts','weekly',1);
INSERT INTO "search_terms" VALUES('articles_fts','weeks',2);
INSERT INTO "search_terms" VALUES('articles_fts','welcomed',2);
INSERT INTO "search_terms" VALUES('articles_fts','welfare',1);
INSERT INTO "search_terms" VALUES('articles_fts','went',1);
INSERT INTO "search_terms" VALUES('articles_fts','were',9);
INSERT INTO "search_terms" VALUES('articles_fts','what',5);
INSERT INTO "search_terms" VALUES('articles_fts','when',3);
INSERT INTO "search_terms" VALUES('articles_fts','where',5);
INSERT INTO "search_terms" VALUES('articles_fts','whether',2);
INSERT INTO "search_terms" VALUES('articles_fts','which',6);
INSERT INTO "search_terms" VALUES('articles_fts','while',4);
INSERT INTO "search_terms" VALUES('articles_fts','who',7);
INSERT INTO "search_terms" VALUES('articles_fts','whose',1);
INSERT INTO "search_terms" VALUES('articles_fts','why',2);
INSERT INTO "search_terms" VALUES('articles_fts','wife',1);
INSERT INTO "search_terms" VALUES('articles_fts','will',10);
INSERT INTO "search_terms" VALUES('articles_fts','winds',2);
INSERT INTO "search_terms" VALUES('articles_fts','wins',1);
INSERT INTO "search_terms" VALUES('articles_fts','winter',1);
INSERT INTO "search_terms" VALUES('articles_fts','with',10);
INSERT INTO "search_terms" VALUES('articles_fts','within',4);
INSERT INTO "search_terms" VALUES('articles_fts','without',1);
INSERT INTO "search_terms" VALUES('articles_fts','work',4);
INSERT INTO "search_terms" VALUES('articles_fts','worked',2);
INSERT INTO "search_terms" VALUES('articles_fts','workers',2);
INSERT INTO "search_terms" VALUES('articles_fts','working',2);
INSERT INTO "search_terms" VALUES('articles_fts','world',1);
INSERT INTO "search_terms" VALUES('articles_fts','worrying',1);
INSERT INTO "search_terms" VALUES('articles_fts','would',10);
INSERT INTO "search_terms" VALUES('articles_fts','written',1);
INSERT INTO "search_terms" VALUES('articles_fts','wrote',1);
INSERT INTO "search_terms" VALUES('articles_fts','years',5);
INSERT INTO "search_terms" VALUES('articles_fts','yet',2);
INSERT INTO "search_terms" VALUES('articles_fts','you',1);
INSERT INTO "search_terms" VALUES('articles_fts','young',1);
INSERT INTO "search_terms" VALUES('articles_fts','youngest',1);
INSERT INTO "search_terms" VALUES('articles_fts','zero',1);
INSERT INTO "search_terms" VALUES('quotes_fts','1',1);
INSERT INTO "search_terms" VALUES('quotes_fts','1980s',1);
INSERT INTO "search_terms" VALUES('quotes_fts','2030',1);
INSERT INTO "search_terms" VALUES('quotes_fts','30',1);
INSERT INTO "search_terms" VALUES('quotes_fts','40',1);
INSERT INTO "search_terms" VALUES('quotes_fts','48',1);
INSERT INTO "search_terms" VALUES('quotes_fts','500',1);
INSERT INTO "search_terms" VALUES('quotes_fts','a',22);
INSERT INTO "search_terms" VALUES('quotes_fts','about',6);
INSERT INTO "search_terms" VALUES('quotes_fts','accept',1);
INSERT INTO "search_terms" VALUES('quotes_fts','according',1);
INSERT INTO "search_terms" VALUES('quotes_fts','accounted',3);
INSERT INTO "search_terms" VALUES('quotes_fts','acknowledged',1);
INSERT INTO "search_terms" VALUES('quotes_fts','adjust',1);
INSERT INTO "search_terms" VALUES('quotes_fts','afford',1);
INSERT INTO "search_terms" VALUES('quotes_fts','against',2);
INSERT INTO "search_terms" VALUES('quotes_fts','ago',1);
INSERT INTO "search_terms" VALUES('quotes_fts','agreed',1);
INSERT INTO "search_terms" VALUES('quotes_fts','agreeing',1);
INSERT INTO "search_terms" VALUES('quotes_fts','ahead',1);
INSERT INTO "search_terms" VALUES('quotes_fts','all',3);
INSERT INTO "search_terms" VALUES('quotes_fts','alone',1);
INSERT INTO "search_terms" VALUES('quotes_fts','alternative',1);
INSERT INTO "search_terms" VALUES('quotes_fts','always',1);
INSERT INTO "search_terms" VALUES('quotes_fts','am',1);
INSERT INTO "search_terms" VALUES('quotes_fts','an',1);
INSERT INTO "search_terms" VALUES('quotes_fts','anchor',2);
INSERT INTO "search_terms" VALUES('quotes_fts','and',26);
INSERT INTO "search_terms" VALUES('quotes_fts','answer',1);
INSERT INTO "search_terms" VALUES('quotes_fts','any',3);
INSERT INTO "search_terms" VALUES('quotes_fts','anymore',1);
INSERT INTO "search_terms" VALUES('quotes_fts','anything',2);
INSERT INTO "search_terms" VALUES('quotes_fts','april',1);
INSERT INTO "search_terms" VALUES('quotes_fts','are',16);
INSERT INTO "search_terms" VALUES('quotes_fts','arithmetic',1);
INSERT INTO "search_terms" VALUES('quotes_fts','around',2);
INSERT INTO "search_terms" VALUES('quotes_fts','arrests',1);
INSERT INTO "search_terms" VALUES('quotes_fts','as',4);
INSERT INTO "search_terms" VALUES('quotes_fts','asked',1);
INSERT INTO "search_terms" VALUES('quotes_fts','asking',1);
INSERT INTO "search_terms" VALUES('quotes_fts','assessment',1);
INSERT INTO "search_terms" VALUES('quotes_fts','at',5);
INSERT INTO "search_terms" VALUES('quotes_fts','automation',2);
INSERT INTO "search_terms" VALUES('quotes_fts','autumn',1);
INSERT INTO "search_terms" VALUES('quotes_fts','available',1);
INSERT INTO "search_terms" VALUES('quotes_fts','away',4);
INSERT INTO "search_terms" VALUES('quotes_fts','back',4);
INSERT INTO "search_terms" VALUES('quotes_fts','backlog',1);
INSERT INTO "search_terms" VALUES('quotes_fts','be',7);
INSERT INTO "search_terms" VALUES('quotes_fts','become',1);
INSERT INTO "search_terms" VALUES('quotes_fts','been',7);
INSERT INTO "search_terms" VALUES('quotes_fts','behalf',1);
INSERT INTO "search_terms" VALUES('quotes_fts','being',2);
INSERT INTO "search_terms" VALUES('quotes_fts','beyond',2);
INSERT INTO "search_terms" VALUES('quotes_fts','biggest',1);
INSERT INTO "search_terms" VALUES('quotes_fts','binds',1);
INSERT INTO "search_terms" VALUES('quotes_fts','boardroom',1);
INSERT INTO "search_terms" VALUES('quotes_fts','boats',1);
INSERT INTO "search_terms" VALUES('quotes_fts','both',1);
INSERT INTO "search_terms" VALUES('quotes_fts','bottleneck',1);
INSERT INTO "search_terms" VALUES('quotes_fts','brandvold',1);
INSERT INTO "search_terms" VALUES('quotes_fts','bread',1);
INSERT INTO "search_terms" VALUES('quotes_fts','break',1);
INSERT INTO "search_terms" VALUES('quotes_fts','broken',1);
INSERT INTO "search_terms" VALUES('quotes_fts','built',1);
INSERT INTO "search_terms" VALUES('quotes_fts','burn',1);
INSERT INTO "search_terms" VALUES('quotes_fts','business',1);
INSERT INTO "search_terms" VALUES('quotes_fts','but',7);
INSERT INTO "search_terms" VALUES('quotes_fts','buy',1);
INSERT INTO "search_terms" VALUES('quotes_fts','buyers',1);
INSERT INTO "search_terms" VALUES('quotes_fts','by',4);
INSERT INTO "search_terms" VALUES('quotes_fts','calm',1);
INSERT INTO "search_terms" VALUES('quotes_fts','calmest',1);
INSERT INTO "search_terms" VALUES('quotes_fts','came',1);
INSERT INTO "search_terms" VALUES('quotes_fts','cameras',1);
INSERT INTO "search_terms" VALUES('quotes_fts','can',3);
INSERT INTO "search_terms" VALUES('quotes_fts','cannot',3);
INSERT INTO "search_terms" VALUES('quotes_fts','captain',1);
INSERT INTO "search_terms" VALUES('quotes_fts','care',3);
INSERT INTO "search_terms" VALUES('quotes_fts','cargo',1);
INSERT INTO "search_terms" VALUES('quotes_fts','carrier',1);
INSERT INTO "search_terms" VALUES('quotes_fts','carrying',1);
INSERT INTO "search_terms" VALUES('quotes_fts','cause',2);
INSERT INTO "search_terms" VALUES('quotes_fts','century',1);
INSERT INTO "search_terms" VALUES('quotes_fts','changes',1);
INSERT INTO "search_terms" VALUES('quotes_fts','children',1);
INSERT INTO "search_terms" VALUES('quotes_fts','clock',1);
INSERT INTO "search_terms" VALUES('quotes_fts','close',1);
INSERT INTO "search_terms" VALUES('quotes_fts','come',2);
INSERT INTO "search_terms" VALUES('quotes_fts','companies',1);
INSERT INTO "search_terms" VALUES('quotes_fts','company',1);
INSERT INTO "search_terms" VALUES('quotes_fts','compensation',1);
INSERT INTO "search_terms" VALUES('quotes_fts','compromise',1);
INSERT INTO "search_terms" VALUES('quotes_fts','contact',1);
INSERT INTO "search_terms" VALUES('quotes_fts','continues',1);
INSERT INTO "search_terms" VALUES('quotes_fts','contracts',2);
INSERT INTO "search_terms" VALUES('quotes_fts','control',1);
INSERT INTO "search_terms" VALUES('quotes_fts','cooperating',3);
INSERT INTO "search_terms" VALUES('quotes_fts','costing',1);
INSERT INTO "search_terms" VALUES('quotes_fts','costs',2);
INSERT INTO "search_terms" VALUES('quotes_fts','could',1);
INSERT INTO "search_terms" VALUES('quotes_fts','countdown',1);
INSERT INTO "search_terms" VALUES('quotes_fts','crane',1);
INSERT INTO "search_terms" VALUES('quotes_fts','cranes',2);
INSERT INTO "search_terms" VALUES('quotes_fts','crew',5);
INSERT INTO "search_terms" VALUES('quotes_fts','crises',1);
INSERT INTO "search_terms" VALUES('quotes_fts','crisis',1);
INSERT INTO "search_terms" VALUES('quotes_fts','crossing',1);
INSERT INTO "search_terms" VALUES('quotes_fts','customers',4);
INSERT INTO "search_terms" VALUES('quotes_fts','damage',3);
INSERT INTO "search_terms" VALUES('quotes_fts','day',4);
INSERT INTO "search_terms" VALUES('quotes_fts','deal',1);
INSERT INTO "search_terms" VALUES('quotes_fts','decide',2);
INSERT INTO "search_terms" VALUES('quotes_fts','decided',2);
INSERT INTO "search_terms" VALUES('quotes_fts','deeply',1);
INSERT INTO "search_terms" VALUES('quotes_fts','deliver',1);
INSERT INTO "search_terms" VALUES('quotes_fts','delivered',1);
INSERT INTO "search_terms" VALUES('quotes_fts','denied',1);
INSERT INTO "search_terms" VALUES('quotes_fts','depend',1);
INSERT INTO "search_terms" VALUES('quotes_fts','depending',1);
INSERT INTO "search_terms" VALUES('quotes_fts','details',1);
INSERT INTO "search_terms" VALUES('quotes_fts','did',1);
INSERT INTO "search_terms" VALUES('quotes_fts','different',1);
INSERT INTO "search_terms" VALUES('quotes_fts','dispute',2);
INSERT INTO "search_terms" VALUES('quotes_fts','disputes',1);
INSERT INTO "search_terms" VALUES('quotes_fts','diversion',1);
INSERT INTO "search_terms" VALUES('quotes_fts','do',5);
INSERT INTO "search_terms" VALUES('quotes_fts','dockworkers',1);
INSERT INTO "search_terms" VALUES('quotes_fts','doctor',1);
INSERT INTO "search_terms" VALUES('quotes_fts','doing',1);
INSERT INTO "search_terms" VALUES('quotes_fts','done',2);
INSERT INTO "search_terms" VALUES('quotes_fts','drawing',1);
INSERT INTO "search_terms" VALUES('quotes_fts','driven',1);
INSERT INTO "search_terms" VALUES('quotes_fts','drives',1);
INSERT INTO "search_terms" VALUES('quotes_fts','drove',1);
INSERT INTO "search_terms" VALUES('quotes_fts','each',1);
INSERT INTO "search_terms" VALUES('quotes_fts','eastern',1);
INSERT INTO "search_terms" VALUES('quotes_fts','economy',1);
INSERT INTO "search_terms" VALUES('quotes_fts','either',1);
INSERT INTO "search_terms" VALUES('quotes_fts','eliminate',1);
INSERT INTO "search_terms" VALUES('quotes_fts','else',2);
INSERT INTO "search_terms" VALUES('quotes_fts','elsewhere',1);
INSERT INTO "search_terms" VALUES('quotes_fts','employers',1);
INSERT INTO "search_terms" VALUES('quotes_fts','end',3);
INSERT INTO "search_terms" VALUES('quotes_fts','ends',1);
INSERT INTO "search_terms" VALUES('quotes_fts','essential',1);
INSERT INTO "search_terms" VALUES('quotes_fts','europe',1);
INSERT INTO "search_terms" VALUES('quotes_fts','european',1);
INSERT INTO "search_terms" VALUES('quotes_fts','euros',1);
INSERT INTO "search_terms" VALUES('quotes_fts','even',2);
INSERT INTO "search_terms" VALUES('quotes_fts','every',10);
INSERT INTO "search_terms" VALUES('quotes_fts','everything',1);
INSERT INTO "search_terms" VALUES('quotes_fts','exceed',1);
INSERT INTO "search_terms" VALUES('quotes_fts','expect',1);
INSERT INTO "search_terms" VALUES('quotes_fts','expected',1);
INSERT INTO "search_terms" VALUES('quotes_fts','exporters',1);
INSERT INTO "search_terms" VALUES('quotes_fts','extra',1);
INSERT INTO "search_terms" VALUES('quotes_fts','families',1);
INSERT INTO "search_terms" VALUES('quotes_fts','far',1);
INSERT INTO "search_terms" VALUES('quotes_fts','farm',1);
INSERT INTO "search_terms" VALUES('quotes_fts','farmed',1);
INSERT INTO "search_terms" VALUES('quotes_fts','farmers',1);
INSERT INTO "search_terms" VALUES('quotes_fts','faster',1);
INSERT INTO "search_terms" VALUES('quotes_fts','father',1);
INSERT INTO "search_terms" VALUES('quotes_fts','fear',1);
INSERT INTO "search_terms" VALUES('quotes_fts','fewer',1);
INSERT INTO "search_terms" VALUES('quotes_fts','figure',1);
INSERT INTO "search_terms" VALUES('quotes_fts','find',1);
INSERT INTO "search_terms" VALUES('quotes_fts','fine',1);
INSERT INTO "search_terms" VALUES('quotes_fts','finished',1);
INSERT INTO "search_terms" VALUES('quotes_fts','first',1);
INSERT INTO "search_terms" VALUES('quotes_fts','flexibility',1);
INSERT INTO "search_terms" VALUES('quotes_fts','followed',1);
INSERT INTO "search_terms" VALUES('quotes_fts','food',1);
INSERT INTO "search_terms" VALUES('quotes_fts','for',16);
INSERT INTO "search_terms" VALUES('quotes_fts','forty',1);
INSERT INTO "search_terms" VALUES('quotes_fts','forum',1);
INSERT INTO "search_terms" VALUES('quotes_fts','freeze',1);
INSERT INTO "search_terms" VALUES('quotes_fts','fresh',1);
INSERT INTO "search_terms" VALUES('quotes_fts','friday',1);
INSERT INTO "search_terms" VALUES('quotes_fts','from',4);
INSERT INTO "search_terms" VALUES('quotes_fts','fronds',1);
INSERT INTO "search_terms" VALUES('quotes_fts','front',1);
INSERT INTO "search_terms" VALUES('quotes_fts','full',1);
INSERT INTO "search_terms" VALUES('quotes_fts','fully',3);
INSERT INTO "search_terms" VALUES('quotes_fts','fund',1);
INSERT INTO "search_terms" VALUES('quotes_fts','future',2);
INSERT INTO "search_terms" VALUES('quotes_fts','gate',1);
INSERT INTO "search_terms" VALUES('quotes_fts','gates',1);
INSERT INTO "search_terms" VALUES('quotes_fts','generation',1);
INSERT INTO "search_terms" VALUES('quotes_fts','go',4);
INSERT INTO "search_terms" VALUES('quotes_fts','goes',1);
INSERT INTO "search_terms" VALUES('quotes_fts','going',3);
INSERT INTO "search_terms" VALUES('quotes_fts','good',1);
INSERT INTO "search_terms" VALUES('quotes_fts','goods',1);
INSERT INTO "search_terms" VALUES('quotes_fts','grandmother',1);
INSERT INTO "search_terms" VALUES('quotes_fts','guarantee',1);
INSERT INTO "search_terms" VALUES('quotes_fts','guarantees',1);
INSERT INTO "search_terms" VALUES('quotes_fts','gulf',1);
INSERT INTO "search_terms" VALUES('quotes_fts','had',7);
INSERT INTO "search_terms" VALUES('quotes_fts','haifa',1);
INSERT INTO "search_terms" VALUES('quotes_fts','has',8);
INSERT INTO "search_terms" VALUES('quotes_fts','have',7);
INSERT INTO "search_terms" VALUES('quotes_fts','he',1);
INSERT INTO "search_terms" VALUES('quotes_fts','heard',1);
INSERT INTO "search_terms" VALUES('quotes_fts','help',1);
INSERT INTO "search_terms" VALUES('quotes_fts','here',1);
INSERT INTO "search_terms" VALUES('quotes_fts','him',1);
INSERT INTO "search_terms" VALUES('quotes_fts','holding',2);
INSERT INTO "search_terms" VALUES('quotes_fts','home',2);
INSERT INTO "search_terms" VALUES('quotes_fts','hope',1);
INSERT INTO "search_terms" VALUES('quotes_fts','hour',1);
INSERT INTO "search_terms" VALUES('quotes_fts','hours',2);
INSERT INTO "search_terms" VALUES('quotes_fts','how',1);
INSERT INTO "search_terms" VALUES('quotes_fts','humanitarian',1);
INSERT INTO "search_terms" VALUES('quotes_fts','hurt',2);
INSERT INTO "search_terms" VALUES('quotes_fts','husband',1);
INSERT INTO "search_terms" VALUES('quotes_fts','i',5);
INSERT INTO "search_terms" VALUES('quotes_fts','if',3);
INSERT INTO "search_terms" VALUES('quotes_fts','in',19);
INSERT INTO "search_terms" VALUES('quotes_fts','inconvenience',1);
INSERT INTO "search_terms" VALUES('quotes_fts','indian',1);
INSERT INTO "search_terms" VALUES('quotes_fts','inspected',1);
INSERT INTO "search_terms" VALUES('quotes_fts','inspections',1);
INSERT INTO "search_terms" VALUES('quotes_fts','inspectors',1);
INSERT INTO "search_terms" VALUES('quotes_fts','into',2);
INSERT INTO "search_terms" VALUES('quotes_fts','investigation',1);
INSERT INTO "search_terms" VALUES('quotes_fts','investigators',2);
INSERT INTO "search_terms" VALUES('quotes_fts','is',22);
INSERT INTO "search_terms" VALUES('quotes_fts','israel',1);
INSERT INTO "search_terms" VALUES('quotes_fts','israeli',2);
INSERT INTO "search_terms" VALUES('quotes_fts','it',14);
INSERT INTO "search_terms" VALUES('quotes_fts','its',2);
INSERT INTO "search_terms" VALUES('quotes_fts','itself',1);
INSERT INTO "search_terms" VALUES('quotes_fts','jobs',3);
INSERT INTO "search_terms" VALUES('quotes_fts','join',1);
INSERT INTO "search_terms" VALUES('quotes_fts','just',1);
INSERT INTO "search_terms" VALUES('quotes_fts','keep',2);
INSERT INTO "search_terms" VALUES('quotes_fts','keeps',1);
INSERT INTO "search_terms" VALUES('quotes_fts','kind',1);
INSERT INTO "search_terms" VALUES('quotes_fts','land',1);
INSERT INTO "search_terms" VALUES('quotes_fts','large',1);
INSERT INTO "search_terms" VALUES('quotes_fts','last',1);
INSERT INTO "search_terms" VALUES('quotes_fts','lasting',1);
INSERT INTO "search_terms" VALUES('quotes_fts','lasts',2);
INSERT INTO "search_terms" VALUES('quotes_fts','learned',2);
INSERT INTO "search_terms" VALUES('quotes_fts','learns',1);
INSERT INTO "search_terms" VALUES('quotes_fts','leave',2);
INSERT INTO "search_terms" VALUES('quotes_fts','left',1);
INSERT INTO "search_terms" VALUES('quotes_fts','less',1);
INSERT INTO "search_terms" VALUES('quotes_fts','letter',1);
INSERT INTO "search_terms" VALUES('quotes_fts','light',1);
INSERT INTO "search_terms" VALUES('quotes_fts','like',2);
INSERT INTO "search_terms" VALUES('quotes_fts','lindholm',2);
INSERT INTO "search_terms" VALUES('quotes_fts','lines',2);
INSERT INTO "search_terms" VALUES('quotes_fts','listen',1);
INSERT INTO "search_terms" VALUES('quotes_fts','long',3);
INSERT INTO "search_terms" VALUES('quotes_fts','longer',1);
INSERT INTO "search_terms" VALUES('quotes_fts','look',1);
INSERT INTO "search_terms" VALUES('quotes_fts','losses',1);
INSERT INTO "search_terms" VALUES('quotes_fts','lotte',1);
INSERT INTO "search_terms" VALUES('quotes_fts','make',2);
INSERT INTO "search_terms" VALUES('quotes_fts','manageable',1);
INSERT INTO "search_terms" VALUES('quotes_fts','marker',1);
INSERT INTO "search_terms" VALUES('quotes_fts','market',1);
INSERT INTO "search_terms" VALUES('quotes_fts','means',1);
INSERT INTO "search_terms" VALUES('quotes_fts','mediation',1);
INSERT INTO "search_terms" VALUES('quotes_fts','mediator',2);
INSERT INTO "search_terms" VALUES('quotes_fts','medical',1);
INSERT INTO "search_terms" VALUES('quotes_fts','medicine',1);
INSERT INTO "search_terms" VALUES('quotes_fts','meet',1);
INSERT INTO "search_terms" VALUES('quotes_fts','member',4);
INSERT INTO "search_terms" VALUES('quotes_fts','members',6);
INSERT INTO "search_terms" VALUES('quotes_fts','million',1);
INSERT INTO "search_terms" VALUES('quotes_fts','ministry',2);
INSERT INTO "search_terms" VALUES('quotes_fts','money',2);
INSERT INTO "search_terms" VALUES('quotes_fts','monitoring',1);
INSERT INTO "search_terms" VALUES('quotes_fts','month',4);
INSERT INTO "search_terms" VALUES('quotes_fts','more',1);
INSERT INTO "search_terms" VALUES('quotes_fts','morning',1);
INSERT INTO "search_terms" VALUES('quotes_fts','mostly',1);
INSERT INTO "search_terms" VALUES('quotes_fts','move',2);
INSERT INTO "search_terms" VALUES('quotes_fts','moving',1);
INSERT INTO "search_terms" VALUES('quotes_fts','my',3);
INSERT INTO "search_terms" VALUES('quotes_fts','nationals',1);
INSERT INTO "search_terms" VALUES('quotes_fts','need',1);
INSERT INTO "search_terms" VALUES('quotes_fts','needs',2);
INSERT INTO "search_terms" VALUES('quotes_fts','negotiate',1);
INSERT INTO "search_terms" VALUES('quotes_fts','negotiators',1);
INSERT INTO "search_terms" VALUES('quotes_fts','never',3);
INSERT INTO "search_terms" VALUES('quotes_fts','next',2);
INSERT INTO "search_terms" VALUES('quotes_fts','night',1);
INSERT INTO "search_terms" VALUES('quotes_fts','no',7);
INSERT INTO "search_terms" VALUES('quotes_fts','nobody',5);
INSERT INTO "search_terms" VALUES('quotes_fts','none',1);
INSERT INTO "search_terms" VALUES('quotes_fts','not',19);
INSERT INTO "search_terms" VALUES('quotes_fts','nothing',1);
INSERT INTO "search_terms" VALUES('quotes_fts','now',2);
INSERT INTO "search_terms" VALUES('quotes_fts','number',1);
INSERT INTO "search_terms" VALUES('quotes_fts','numbers',1);
INSERT INTO "search_terms" VALUES('quotes_fts','of',14);
INSERT INTO "search_terms" VALUES('quotes_fts','offer',2);
INSERT INTO "search_terms" VALUES('quotes_fts','offered',2);
INSERT INTO "search_terms" VALUES('quotes_fts','office',1);
INSERT INTO "search_terms" VALUES('quotes_fts','old',1);
INSERT INTO "search_terms" VALUES('quotes_fts','on',13);
INSERT INTO "search_terms" VALUES('quotes_fts','one',3);
INSERT INTO "search_terms" VALUES('quotes_fts','ones',1);
INSERT INTO "search_terms" VALUES('quotes_fts','only',1);
INSERT INTO "search_terms" VALUES('quotes_fts','open',1);
INSERT INTO "search_terms" VALUES('quotes_fts','operation',1);
INSERT INTO "search_terms" VALUES('quotes_fts','operators',1);
INSERT INTO "search_terms" VALUES('quotes_fts','or',1);
INSERT INTO "search_terms" VALUES('quotes_fts','other',3);
INSERT INTO "search_terms" VALUES('quotes_fts','our',8);
INSERT INTO "search_terms" VALUES('quotes_fts','outside',1);
INSERT INTO "search_terms" VALUES('quotes_fts','own',2);
INSERT INTO "search_terms" VALUES('quotes_fts','paid',1);
INSERT INTO "search_terms" VALUES('quotes_fts','partners',1);
INSERT INTO "search_terms" VALUES('quotes_fts','party',1);
INSERT INTO "search_terms" VALUES('quotes_fts','pass',1);
INSERT INTO "search_terms" VALUES('quotes_fts','passed',1);
INSERT INTO "search_terms" VALUES('quotes_fts','passenger',3);
INSERT INTO "search_terms" VALUES('quotes_fts','patient',1);
INSERT INTO "search_terms" VALUES('quotes_fts','pay',1);
INSERT INTO "search_terms" VALUES('quotes_fts','paying',1);
INSERT INTO "search_terms" VALUES('quotes_fts','peaceful',1);
INSERT INTO "search_terms" VALUES('quotes_fts','pensions',1);
INSERT INTO "search_terms" VALUES('quotes_fts','people',4);
INSERT INTO "search_terms" VALUES('quotes_fts','permission',1);
INSERT INTO "search_terms" VALUES('quotes_fts','picket',2);
INSERT INTO "search_terms" VALUES('quotes_fts','plan',2);
INSERT INTO "search_terms" VALUES('quotes_fts','planted',1);
INSERT INTO "search_terms" VALUES('quotes_fts','port',2);
INSERT INTO "search_terms" VALUES('quotes_fts','ports',5);
INSERT INTO "search_terms" VALUES('quotes_fts','position',1);
INSERT INTO "search_terms" VALUES('quotes_fts','power',1);
INSERT INTO "search_terms" VALUES('quotes_fts','practical',1);
INSERT INTO "search_terms" VALUES('quotes_fts','press',1);
INSERT INTO "search_terms" VALUES('quotes_fts','previous',1);
INSERT INTO "search_terms" VALUES('quotes_fts','prices',1);
INSERT INTO "search_terms" VALUES('quotes_fts','priority',1);
INSERT INTO "search_terms" VALUES('quotes_fts','product',1);
INSERT INTO "search_terms" VALUES('quotes_fts','promise',1);
INSERT INTO "search_terms" VALUES('quotes_fts','protected',1);
INSERT INTO "search_terms" VALUES('quotes_fts','provisions',1);
INSERT INTO "search_terms" VALUES('quotes_fts','publish',1);
INSERT INTO "search_terms" VALUES('quotes_fts','put',2);
INSERT INTO "search_terms" VALUES('quotes_fts','question',1);
INSERT INTO "search_terms" VALUES('quotes_fts','radio',2);
INSERT INTO "search_terms" VALUES('quotes_fts','rail',1);
INSERT INTO "search_terms" VALUES('quotes_fts','rally',1);
INSERT INTO "search_terms" VALUES('quotes_fts','reach',1);
INSERT INTO "search_terms" VALUES('quotes_fts','read',1);
INSERT INTO "search_terms" VALUES('quotes_fts','ready',2);
INSERT INTO "search_terms" VALUES('quotes_fts','really',1);
INSERT INTO "search_terms" VALUES('quotes_fts','recoverable',1);
INSERT INTO "search_terms" VALUES('quotes_fts','reduces',1);
INSERT INTO "search_terms" VALUES('quotes_fts','reef',1);
INSERT INTO "search_terms" VALUES('quotes_fts','regret',1);
INSERT INTO "search_terms" VALUES('quotes_fts','remote',1);
INSERT INTO "search_terms" VALUES('quotes_fts','repeating',1);
INSERT INTO "search_terms" VALUES('quotes_fts','resource',1);
INSERT INTO "search_terms" VALUES('quotes_fts','result',1);
INSERT INTO "search_terms" VALUES('quotes_fts','return',1);
INSERT INTO "search_terms" VALUES('quotes_fts','review',1);
INSERT INTO "search_terms" VALUES('quotes_fts','revised',1);
INSERT INTO "search_terms" VALUES('quotes_fts','risk',1);
INSERT INTO "search_terms" VALUES('quotes_fts','route',2);
INSERT INTO "search_terms" VALUES('quotes_fts','run',1);
INSERT INTO "search_terms" VALUES('quotes_fts','s',1);
INSERT INTO "search_terms" VALUES('quotes_fts','sailor',1);
INSERT INTO "search_terms" VALUES('quotes_fts','sailors',1);
INSERT INTO "search_terms" VALUES('quotes_fts','same',1);
INSERT INTO "search_terms" VALUES('quotes_fts','say',1);
INSERT INTO "search_terms" VALUES('quotes_fts','schedule',1);
INSERT INTO "search_terms" VALUES('quotes_fts','schedules',1);
INSERT INTO "search_terms" VALUES('quotes_fts','seafarers',1);
INSERT INTO "search_terms" VALUES('quotes_fts','second',1);
INSERT INTO "search_terms" VALUES('quotes_fts','see',2);
INSERT INTO "search_terms" VALUES('quotes_fts','seen',1);
INSERT INTO "search_terms" VALUES('quotes_fts','serious',1);
INSERT INTO "search_terms" VALUES('quotes_fts','seriously',2);
INSERT INTO "search_terms" VALUES('quotes_fts','ship',1);
INSERT INTO "search_terms" VALUES('quotes_fts','shippers',2);
INSERT INTO "search_terms" VALUES('quotes_fts','shipping',2);
INSERT INTO "search_terms" VALUES('quotes_fts','ships',1);
INSERT INTO "search_terms" VALUES('quotes_fts','shortage',1);
INSERT INTO "search_terms" VALUES('quotes_fts','sides',1);
INSERT INTO "search_terms" VALUES('quotes_fts','sight',1);
INSERT INTO "search_terms" VALUES('quotes_fts','sign',1);
INSERT INTO "search_terms" VALUES('quotes_fts','simple',1);
INSERT INTO "search_terms" VALUES('quotes_fts','since',4);
INSERT INTO "search_terms" VALUES('quotes_fts','single',2);
INSERT INTO "search_terms" VALUES('quotes_fts','situation',2);
INSERT INTO "search_terms" VALUES('quotes_fts','size',1);
INSERT INTO "search_terms" VALUES('quotes_fts','so',1);
INSERT INTO "search_terms" VALUES('quotes_fts','some',2);
INSERT INTO "search_terms" VALUES('quotes_fts','somewhere',1);
INSERT INTO "search_terms" VALUES('quotes_fts','son',1);
INSERT INTO "search_terms" VALUES('quotes_fts','speculate',2);
INSERT INTO "search_terms" VALUES('quotes_fts','staffing',1);
INSERT INTO "search_terms" VALUES('quotes_fts','started',1);
INSERT INTO "search_terms" VALUES('quotes_fts','stay',1);
INSERT INTO "search_terms" VALUES('quotes_fts','still',4);
INSERT INTO "search_terms" VALUES('quotes_fts','stoppage',1);
INSERT INTO "search_terms" VALUES('quotes_fts','story',1);
INSERT INTO "search_terms" VALUES('quotes_fts','straddle',1);
INSERT INTO "search_terms" VALUES('quotes_fts','strike',6);
INSERT INTO "search_terms" VALUES('quotes_fts','study',1);
INSERT INTO "search_terms" VALUES('quotes_fts','supplied',1);
INSERT INTO "search_terms" VALUES('quotes_fts','supplies',1);
INSERT INTO "search_terms" VALUES('quotes_fts','supported',1);
INSERT INTO "search_terms" VALUES('quotes_fts','sure',1);
INSERT INTO "search_terms" VALUES('quotes_fts','survive',1);
INSERT INTO "search_terms" VALUES('quotes_fts','suspended',1);
INSERT INTO "search_terms" VALUES('quotes_fts','table',4);
INSERT INTO "search_terms" VALUES('quotes_fts','take',1);
INSERT INTO "search_terms" VALUES('quotes_fts','taken',1);
INSERT INTO "search_terms" VALUES('quotes_fts','takes',1);
INSERT INTO "search_terms" VALUES('quotes_fts','talk',1);
INSERT INTO "search_terms" VALUES('quotes_fts','talking',2);
INSERT INTO "search_terms" VALUES('quotes_fts','talks',1);
INSERT INTO "search_terms" VALUES('quotes_fts','teams',1);
INSERT INTO "search_terms" VALUES('quotes_fts','tell',1);
INSERT INTO "search_terms" VALUES('quotes_fts','ten',1);
INSERT INTO "search_terms" VALUES('quotes_fts','terminal',2);
INSERT INTO "search_terms" VALUES('quotes_fts','that',14);
INSERT INTO "search_terms" VALUES('quotes_fts','the',61);
INSERT INTO "search_terms" VALUES('quotes_fts','their',7);
INSERT INTO "search_terms" VALUES('quotes_fts','them',2);
INSERT INTO "search_terms" VALUES('quotes_fts','then',1);
INSERT INTO "search_terms" VALUES('quotes_fts','there',4);
INSERT INTO "search_terms" VALUES('quotes_fts','these',2);
INSERT INTO "search_terms" VALUES('quotes_fts','they',7);
INSERT INTO "search_terms" VALUES('quotes_fts','thing',1);
INSERT INTO "search_terms" VALUES('quotes_fts','third',1);
INSERT INTO "search_terms" VALUES('quotes_fts','thirty',1);
INSERT INTO "search_terms" VALUES('quotes_fts','this',9);
INSERT INTO "search_terms" VALUES('quotes_fts','though',1);
INSERT INTO "search_terms" VALUES('quotes_fts','threat',1);
INSERT INTO "search_terms" VALUES('quotes_fts','time',1);
INSERT INTO "search_terms" VALUES('quotes_fts','times',1);
INSERT INTO "search_terms" VALUES('quotes_fts','to',27);
INSERT INTO "search_terms" VALUES('quotes_fts','today',2);
INSERT INTO "search_terms" VALUES('quotes_fts','told',1);
INSERT INTO "search_terms" VALUES('quotes_fts','town',1);
INSERT INTO "search_terms" VALUES('quotes_fts','trees',1);
INSERT INTO "search_terms" VALUES('quotes_fts','trucking',1);
INSERT INTO "search_terms" VALUES('quotes_fts','trust',1);
INSERT INTO "search_terms" VALUES('quotes_fts','turned',1);
INSERT INTO "search_terms" VALUES('quotes_fts','twist',1);
INSERT INTO "search_terms" VALUES('quotes_fts','two',2);
INSERT INTO "search_terms" VALUES('quotes_fts','under',1);
INSERT INTO "search_terms" VALUES('quotes_fts','understand',1);
INSERT INTO "search_terms" VALUES('quotes_fts','understands',1);
INSERT INTO "search_terms" VALUES('quotes_fts','union',3);
INSERT INTO "search_terms" VALUES('quotes_fts','unreliable',1);
INSERT INTO "search_terms" VALUES('quotes_fts','until',3);
INSERT INTO "search_terms" VALUES('quotes_fts','up',1);
INSERT INTO "search_terms" VALUES('quotes_fts','us',4);
INSERT INTO "search_terms" VALUES('quotes_fts','value',1);
INSERT INTO "search_terms" VALUES('quotes_fts','vessel',2);
INSERT INTO "search_terms" VALUES('quotes_fts','vessels',1);
INSERT INTO "search_terms" VALUES('quotes_fts','vote',1);
INSERT INTO "search_terms" VALUES('quotes_fts','voted',1);
INSERT INTO "search_terms" VALUES('quotes_fts','wait',1);
INSERT INTO "search_terms" VALUES('quotes_fts','walked',1);
INSERT INTO "search_terms" VALUES('quotes_fts','wanted',1);
INSERT INTO "search_terms" VALUES('quotes_fts','was',6);
INSERT INTO "search_terms" VALUES('quotes_fts','watching',1);
INSERT INTO "search_terms" VALUES('quotes_fts','water',1);
INSERT INTO "search_terms" VALUES('quotes_fts','way',3);
INSERT INTO "search_terms" VALUES('quotes_fts','we',19);
INSERT INTO "search_terms" VALUES('quotes_fts','week',2);
INSERT INTO "search_terms" VALUES('quotes_fts','weeks',1);
INSERT INTO "search_terms" VALUES('quotes_fts','went',1);
INSERT INTO "search_terms" VALUES('quotes_fts','were',3);
INSERT INTO "search_terms" VALUES('quotes_fts','what',5);
INSERT INTO "search_terms" VALUES('quotes_fts','when',1);
INSERT INTO "search_terms" VALUES('quotes_fts','where',2);
INSERT INTO "search_terms" VALUES('quotes_fts','while',2);
INSERT INTO "search_terms" VALUES('quotes_fts','who',3);
INSERT INTO "search_terms" VALUES('quotes_fts','wife',1);
INSERT INTO "search_terms" VALUES('quotes_fts','will',16);
INSERT INTO "search_terms" VALUES('quotes_fts','wins',1);
INSERT INTO "search_terms" VALUES('quotes_fts','with',11);
INSERT INTO "search_terms" VALUES('quotes_fts','within',2);
INSERT INTO "search_terms" VALUES('quotes_fts','without',1);
INSERT INTO "search_terms" VALUES('quotes_fts','work',3);
INSERT INTO "search_terms" VALUES('quotes_fts','working',1);
INSERT INTO "search_terms" VALUES('quotes_fts','worrying',1);
INSERT INTO "search_terms" VALUES('quotes_fts','would',6);
INSERT INTO "search_terms" VALUES('quotes_fts','written',1);
INSERT INTO "search_terms" VALUES('quotes_fts','years',5);
INSERT INTO "search_terms" VALUES('quotes_fts','yet',2);
INSERT INTO "search_terms" VALUES('quotes_fts','you',1);
INSERT INTO "search_terms" VALUES('quotes_fts','young',1);
INSERT INTO "search_terms" VALUES('quotes_fts','youngest',1);
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
CREATE VIEW search_terms_computed AS
SELECT 'articles_fts' AS fts, t.value AS term, count(*) AS rows
FROM articles_fts CROSS JOIN json_each(morgue_terms(articles_fts)) AS t
GROUP BY t.value
UNION ALL
SELECT 'quotes_fts', t.value, count(*)
FROM quotes_fts CROSS JOIN json_each(morgue_terms(quotes_fts)) AS t
GROUP BY t.value;
COMMIT;
