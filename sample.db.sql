-- morgue archive dump (schema version 4).
-- Load it with `sqlite3 NEW.db < FILE` or `morgue --db NEW.db restore FILE`.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE refinery_schema_history(
             version int4 PRIMARY KEY,
             name VARCHAR(255),
             applied_on VARCHAR(255),
             checksum VARCHAR(255));
INSERT INTO "refinery_schema_history" VALUES(1,'initial_schema','2023-11-14T22:13:20Z','2103787938193665700');
INSERT INTO "refinery_schema_history" VALUES(4,'fts_written_by_the_store','2023-11-14T22:13:20Z','2248699480857925085');
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
INSERT INTO "sources" VALUES(2,'samples/asharq-lindholm-and-jordan-frost.txt','324735eeee0e3d933c51e76a936d54827811b852ef122f26c44712606dbf2919',4801,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(3,'samples/axios-harbor-strike.txt','d19d1195edfed7af919981e5aa71f85f6a91f80bfa077a9f4ffb45d9a3cee507',3035,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(4,'samples/guardian-lindholm-harbour-town.txt','13050975be42dc1af49162ff06333404ee223a979f541c1cc39598f728c70af7',3594,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(5,'samples/quint-reuters-seafarers-stranded.txt','5dba859e3240b3e1ac92a2061344566ab41e6524a962daab51b3a6a622c0ef7b',3504,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(6,'samples/reuters-lindholm-mediator.txt','e2624094334217446aa2b12aa2a7e326b92c4fd8fe6c4ddb7f5628bcb350fad5',3449,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(7,'samples/voa-baltic-ministers-port-inspections.txt','2d126e61700ba3d665753f29caef938b9926f8f706777fdbdab3b0a3cf0df333',3678,'text','2023-11-14T22:13:20Z');
INSERT INTO "sources" VALUES(8,'samples/win-carmel-line-rerouting.txt','8c8d9b124a8154c7fc7b207534386278f809c94c83e60485a39669a89accb550',2658,'text','2023-11-14T22:13:20Z');
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
INSERT INTO "articles" VALUES(2,2,0,2,'Gulf Carriers Reroute Cargo as Baltic Port Strike Drags On',NULL,NULL,NULL,NULL,NULL,NULL,'Shipping lines based in the Gulf have begun diverting Europe-bound containers away from the Port of Lindholm, where a strike by dockworkers has left dozens of vessels idle and pushed freight rates to their highest level in two years.

Executives at two regional carriers told Asharq Al-Awsat that cargo originally booked for Lindholm was being unloaded at smaller ports further south and moved north by rail and truck, adding between four and six days to delivery times.

The strike, called by the Baltic Dockworkers’ Federation over plans to automate the port’s new eastern terminal, has also delayed shipments of petrochemicals and fertiliser from the Gulf to Scandinavian buyers.

An internal assessment prepared for one of the carriers, a copy of which was seen by Asharq Al-Awsat, warned that "if the stoppage continues beyond the end of the month, the backlog at alternative ports will itself become the bottleneck, and the costs of the diversion will exceed the value of the contracts being protected."

Union chair Mira Kowalczyk has said her members are ready to stay out "for as long as it takes," while the port’s employers insist the automation plan is not negotiable.

The Lindholm Port Authority said it was giving priority to vessels carrying food and medicine and described the situation in the harbour as “under control.”

Industry analysts said Gulf carriers were better placed than most to absorb the disruption, having expanded their rail partnerships in Europe during earlier supply chain crises.

"We have learned to keep a second and a third route open at all times," said Faisal Al-Harbi, operations director at a Dammam-based logistics firm. "Nobody in this business can afford to depend on a single gate anymore."

He added that the company had not yet passed the extra costs on to its customers but would review its prices next month.',305);
INSERT INTO "articles" VALUES(3,2,1,2,'Jordan Valley Farmers Count Losses after Late Frost Damages Date Palms',NULL,NULL,NULL,NULL,NULL,NULL,'Farmers in the Jordan Valley said on Monday that an unusual late frost had damaged thousands of young date palms, threatening a harvest that had been expected to be the largest in a decade.

Temperatures in parts of the valley, which lies below sea level and rarely sees frost, fell below zero for three consecutive nights, according to the Jordan Meteorological Department.

"I have farmed this land for thirty years and I have never seen the fronds burn like this," said Khaled Odeibat, who grows Medjool dates on a plantation near South Shuneh. "The old trees will survive, but the young ones we planted two years ago are finished."

The Ministry of Agriculture said teams had begun surveying the damage and that a full assessment would be ready within two weeks.

“We will not leave the farmers alone with these losses,” ministry spokesperson Lina Habashneh told reporters. “Compensation will be paid according to the size of the damage on every farm.”

INSURANCE CLAIMS

Farmers’ associations said most small growers had no crop insurance and would depend on the government fund for natural disasters, which they described as "slow and underfunded."

Samer Khreisat, head of a cooperative representing about 200 growers, said exporters were already asking whether contracts for the coming season would be honoured.

"The buyers in the Gulf are patient with us, but they have their own customers," Khreisat said. "If we cannot tell them by April what we can deliver, they will look elsewhere."

Date exports have grown rapidly over the past decade and have become one of the kingdom’s most valuable agricultural products.',266);
INSERT INTO "articles" VALUES(4,3,0,3,'Lindholm dock strike snarls northern European supply chains as talks stall',NULL,NULL,'Economy',NULL,'2026-03-04',NULL,'A strike by more than 6,000 dockworkers at the Port of Lindholm entered its ninth day on Wednesday, leaving at least 40 container ships waiting at anchor and stranding auto parts and medical supplies bound for factories across northern Europe, port officials said.

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
INSERT INTO "articles" VALUES(5,4,0,4,'‘They built the town around the cranes’: Lindholm holds its breath as dock strike bites','Families who have worked the harbour for generations say automation threatens more than jobs, while employers warn the port is losing customers by the day','Helen Marsh and Tobias Lind','Labour unions','2026-03-06T06:00:00Z',NULL,NULL,'On the hill above the Port of Lindholm, where the container stacks stand motionless for a tenth day, Birgit Svensson points out the houses of the people she grew up with. Almost every one, she says, belongs to a family with someone on the docks.

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
INSERT INTO "articles" VALUES(6,5,0,5,'Indian Seafarers Stranded Off Baltic Port as Dock Strike Drags On','Crews of at least six ships waiting outside the Port of Lindholm include more than 90 Indian sailors.',NULL,'World',NULL,NULL,NULL,'More than 90 Indian seafarers are among the crews of container ships stuck at anchor outside the Port of Lindholm, where a dockworkers'' strike has halted most cargo handling for more than a week, shipping agents said on Thursday.

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
INSERT INTO "articles" VALUES(7,6,0,6,'Lindholm dockworkers agree to mediation as strike costs mount',NULL,'Ingrid Solberg, Pavel Nowak','Europe','2026-03-05T16:18:00Z',NULL,NULL,'LINDHOLM, March 5 (Reuters) - Striking dockworkers at the Port of Lindholm agreed on Thursday to enter talks led by a state mediator, the first sign of movement in a nine-day dispute that has idled dozens of container ships and disrupted supply chains across northern Europe.

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
INSERT INTO "articles" VALUES(8,7,0,7,'Baltic Ministers Agree on Joint Port Inspections as Lindholm Strike Continues','Transport ministers from five Baltic states have agreed to coordinate inspections of cargo diverted away from the strike-bound Port of Lindholm. But Transport Minister Anders Holmquist says the agreement does not mean governments will step into the labor dispute.',NULL,NULL,NULL,NULL,NULL,'Transport ministers from five Baltic states agreed Thursday to pool customs and safety inspectors so that ships diverted from the Port of Lindholm can be cleared faster at smaller harbors that are struggling to cope with the extra traffic.

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
INSERT INTO "articles" VALUES(9,8,0,8,'Baltic dock strike: Israeli shipper ‘rerouting’ Europe cargo as backlog grows','An Israeli container line says its Europe-bound customers will see delays of up to a week, ‘regretting’ the disruption caused by a strike it has no part in.','World Israel News Staff',NULL,NULL,NULL,NULL,'Israeli shipping company Carmel Line is diverting cargo away from the strike-bound Port of Lindholm, warning customers that deliveries of Israeli produce and pharmaceuticals to northern Europe could be delayed by up to a week.

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
INSERT INTO "paragraphs" VALUES(2,0,'text','Shipping lines based in the Gulf have begun diverting Europe-bound containers away from the Port of Lindholm, where a strike by dockworkers has left dozens of vessels idle and pushed freight rates to their highest level in two years.');
INSERT INTO "paragraphs" VALUES(2,1,'text','Executives at two regional carriers told Asharq Al-Awsat that cargo originally booked for Lindholm was being unloaded at smaller ports further south and moved north by rail and truck, adding between four and six days to delivery times.');
INSERT INTO "paragraphs" VALUES(2,2,'text','The strike, called by the Baltic Dockworkers’ Federation over plans to automate the port’s new eastern terminal, has also delayed shipments of petrochemicals and fertiliser from the Gulf to Scandinavian buyers.');
INSERT INTO "paragraphs" VALUES(2,3,'text','An internal assessment prepared for one of the carriers, a copy of which was seen by Asharq Al-Awsat, warned that "if the stoppage continues beyond the end of the month, the backlog at alternative ports will itself become the bottleneck, and the costs of the diversion will exceed the value of the contracts being protected."');
INSERT INTO "paragraphs" VALUES(2,4,'text','Union chair Mira Kowalczyk has said her members are ready to stay out "for as long as it takes," while the port’s employers insist the automation plan is not negotiable.');
INSERT INTO "paragraphs" VALUES(2,5,'text','The Lindholm Port Authority said it was giving priority to vessels carrying food and medicine and described the situation in the harbour as “under control.”');
INSERT INTO "paragraphs" VALUES(2,6,'text','Industry analysts said Gulf carriers were better placed than most to absorb the disruption, having expanded their rail partnerships in Europe during earlier supply chain crises.');
INSERT INTO "paragraphs" VALUES(2,7,'text','"We have learned to keep a second and a third route open at all times," said Faisal Al-Harbi, operations director at a Dammam-based logistics firm. "Nobody in this business can afford to depend on a single gate anymore."');
INSERT INTO "paragraphs" VALUES(2,8,'text','He added that the company had not yet passed the extra costs on to its customers but would review its prices next month.');
INSERT INTO "paragraphs" VALUES(3,0,'text','Farmers in the Jordan Valley said on Monday that an unusual late frost had damaged thousands of young date palms, threatening a harvest that had been expected to be the largest in a decade.');
INSERT INTO "paragraphs" VALUES(3,1,'text','Temperatures in parts of the valley, which lies below sea level and rarely sees frost, fell below zero for three consecutive nights, according to the Jordan Meteorological Department.');
INSERT INTO "paragraphs" VALUES(3,2,'text','"I have farmed this land for thirty years and I have never seen the fronds burn like this," said Khaled Odeibat, who grows Medjool dates on a plantation near South Shuneh. "The old trees will survive, but the young ones we planted two years ago are finished."');
INSERT INTO "paragraphs" VALUES(3,3,'text','The Ministry of Agriculture said teams had begun surveying the damage and that a full assessment would be ready within two weeks.');
INSERT INTO "paragraphs" VALUES(3,4,'text','“We will not leave the farmers alone with these losses,” ministry spokesperson Lina Habashneh told reporters. “Compensation will be paid according to the size of the damage on every farm.”');
INSERT INTO "paragraphs" VALUES(3,5,'subhead','INSURANCE CLAIMS');
INSERT INTO "paragraphs" VALUES(3,6,'text','Farmers’ associations said most small growers had no crop insurance and would depend on the government fund for natural disasters, which they described as "slow and underfunded."');
INSERT INTO "paragraphs" VALUES(3,7,'text','Samer Khreisat, head of a cooperative representing about 200 growers, said exporters were already asking whether contracts for the coming season would be honoured.');
INSERT INTO "paragraphs" VALUES(3,8,'text','"The buyers in the Gulf are patient with us, but they have their own customers," Khreisat said. "If we cannot tell them by April what we can deliver, they will look elsewhere."');
INSERT INTO "paragraphs" VALUES(3,9,'text','Date exports have grown rapidly over the past decade and have become one of the kingdom’s most valuable agricultural products.');
INSERT INTO "paragraphs" VALUES(4,0,'text','A strike by more than 6,000 dockworkers at the Port of Lindholm entered its ninth day on Wednesday, leaving at least 40 container ships waiting at anchor and stranding auto parts and medical supplies bound for factories across northern Europe, port officials said.');
INSERT INTO "paragraphs" VALUES(4,1,'text','Why it matters: Lindholm handles roughly a fifth of the container traffic entering the Baltic, and a long stoppage could ripple through manufacturers that have little inventory left after a winter of shipping delays.');
INSERT INTO "paragraphs" VALUES(4,2,'bullet','Freight forwarders told Axios that spot rates for containers rerouted through neighboring ports have roughly doubled since the walkout began.');
INSERT INTO "paragraphs" VALUES(4,3,'bullet','Two carmakers have warned suppliers that their assembly lines could slow "within days, not weeks."');
INSERT INTO "paragraphs" VALUES(4,4,'text','Driving the news: Talks between the dockworkers'' union and the port''s terminal operators broke off late Tuesday after the employers rejected a proposal to cap the use of remote-operated cranes at the new eastern terminal.');
INSERT INTO "paragraphs" VALUES(4,5,'bullet','"We came to the table with a compromise and they walked away from it," Mira Kowalczyk, chair of the Baltic Dockworkers'' Federation, said in a statement. "Our members are not going back to work on a promise."');
INSERT INTO "paragraphs" VALUES(4,6,'bullet','The Lindholm Port Employers'' Association said the union''s demands "would freeze the port in the last century" and that it remained open to mediation.');
INSERT INTO "paragraphs" VALUES(4,7,'text','Between the lines: The dispute is less about pay than about who controls the terminals of the future.');
INSERT INTO "paragraphs" VALUES(4,8,'bullet','Workers on the picket lines call the remote-operated machines “ghost cranes,” and the phrase is painted on banners outside every gate.');
INSERT INTO "paragraphs" VALUES(4,9,'bullet','Kowalczyk has argued that the automation plan would eliminate close to 1,500 jobs by 2030. The employers put the figure at under 400.');
INSERT INTO "paragraphs" VALUES(4,10,'text','What they''re saying: Transport Minister Anders Holmqvist told reporters on Tuesday that the government would not impose a settlement "as long as both sides are still talking to each other."');
INSERT INTO "paragraphs" VALUES(4,11,'bullet','“I am not going to negotiate on behalf of either party in front of the cameras,” Holmqvist said. He added that the cabinet was “watching the situation hour by hour.”');
INSERT INTO "paragraphs" VALUES(4,12,'bullet','The Lindholm Port Authority said emergency cargo, including medicines, was being cleared by a skeleton crew. "No vessel carrying humanitarian supplies has been turned away," the authority said in a statement.');
INSERT INTO "paragraphs" VALUES(4,13,'text','The other side: Employers say the eastern terminal was designed around automation from the start and that reversing course now would cost far more than the strike itself.');
INSERT INTO "paragraphs" VALUES(4,14,'bullet','"Every week this goes on, cargo learns to go somewhere else, and some of it will never come back," said Per Engström, the association''s chief executive.');
INSERT INTO "paragraphs" VALUES(4,15,'text','What''s next: A state mediator, Lotte Brandvold, is expected to meet both sides separately on Thursday, two officials familiar with the plans told Axios.');
INSERT INTO "paragraphs" VALUES(5,0,'text','On the hill above the Port of Lindholm, where the container stacks stand motionless for a tenth day, Birgit Svensson points out the houses of the people she grew up with. Almost every one, she says, belongs to a family with someone on the docks.');
INSERT INTO "paragraphs" VALUES(5,1,'text','“My father drove a straddle carrier, my husband drives one now, and my son wanted to,” said Svensson, 58, who runs a bakery two streets from the main gate. “If the cranes are driven from an office, what is left for him here?”');
INSERT INTO "paragraphs" VALUES(5,2,'text','The strike, called by the Baltic Dockworkers’ Federation over plans to run most cranes at the port’s new eastern terminal from a remote control room, has become a test of how far automation can be pushed in Europe’s working ports.');
INSERT INTO "paragraphs" VALUES(5,3,'subhead','‘We are not against the future’');
INSERT INTO "paragraphs" VALUES(5,4,'text','Mira Kowalczyk, the union’s chair, has spent most of the strike at the gate, under a hand-painted banner demanding that the eastern terminal stay in human hands.');
INSERT INTO "paragraphs" VALUES(5,5,'text','“We are not against the future,” she said. “We are against a future that is decided in a boardroom and delivered to us in a letter.”');
INSERT INTO "paragraphs" VALUES(5,6,'text','Kowalczyk, who started as a lasher at 19, said the union had offered to accept remote operation on some cranes in return for guarantees on staffing. The employers turned the offer down on Tuesday.');
INSERT INTO "paragraphs" VALUES(5,7,'text','“It was a serious offer,” she said, “and they did not even take it home to read it.”');
INSERT INTO "paragraphs" VALUES(5,8,'subhead','‘Every week, cargo learns to go elsewhere’');
INSERT INTO "paragraphs" VALUES(5,9,'text','The employers say the union underestimates the danger to the port itself. Per Engström, who speaks for the four terminal operators, said more than a dozen shipping lines had already moved some of their calls to other harbours.');
INSERT INTO "paragraphs" VALUES(5,10,'text','“I understand the fear in this town, I really do,” Engström said. “But the biggest threat to these jobs is not a crane. It is a port that customers no longer trust.”');
INSERT INTO "paragraphs" VALUES(5,11,'text','In the bakery, Svensson is less sure. Business has fallen by half since the strike began, she said, but nobody has asked her to take sides.');
INSERT INTO "paragraphs" VALUES(5,12,'text','“People come in, they buy bread, they talk about the strike,” she said. “Nobody talks about anything else.”');
INSERT INTO "paragraphs" VALUES(6,0,'text','More than 90 Indian seafarers are among the crews of container ships stuck at anchor outside the Port of Lindholm, where a dockworkers'' strike has halted most cargo handling for more than a week, shipping agents said on Thursday.');
INSERT INTO "paragraphs" VALUES(6,1,'text','The sailors are in no danger, but several crews have been at sea for longer than their contracts allow, and fresh water and food are being delivered by supply boats, according to two agents familiar with the vessels.');
INSERT INTO "paragraphs" VALUES(6,2,'text','The strike was called by the Baltic Dockworkers'' Federation over plans to automate the port''s new eastern terminal, a move the union says will eliminate hundreds of jobs.');
INSERT INTO "paragraphs" VALUES(6,3,'text','Port officials said crew changes would be allowed for ships waiting longer than 14 days, and that sailors with medical needs were being brought ashore by launch. The union said its members would not block any crew change or medical evacuation.');
INSERT INTO "paragraphs" VALUES(6,4,'text','Mira Kowalczik, chair of the Baltic Dockworkers'' Federation said on Twitter:');
INSERT INTO "paragraphs" VALUES(6,5,'blockquote','Our dispute is with the terminal operators, not with the seafarers. Any sailor who needs to go home or see a doctor will pass our picket lines with our help.');
INSERT INTO "paragraphs" VALUES(6,6,'text','The Lindholm Port Authority, which manages the anchorage, issued a statement, saying:');
INSERT INTO "paragraphs" VALUES(6,7,'blockquote','All vessels at anchor are being supplied with provisions and fresh water. No crew member has been denied medical care, and none will be.');
INSERT INTO "paragraphs" VALUES(6,8,'text','An official at the Directorate General of Shipping in Mumbai said the agency was in touch with the ship managers and the families of the crew members. Families in Kerala and Goa said their relatives had been able to call home.');
INSERT INTO "paragraphs" VALUES(6,9,'text','Ravi Menon, a second officer on one of the waiting ships, told reporters by phone that morale was "holding up" but that the crew was tired of the uncertainty.');
INSERT INTO "paragraphs" VALUES(6,10,'text','Seafarers'' welfare groups said the case showed how little protection crews have when a dispute ashore leaves them stuck at sea.');
INSERT INTO "paragraphs" VALUES(6,11,'blockquote','Sailors always pay for disputes they have nothing to do with. They cannot join the strike and they cannot leave the ship. Every day at anchor is a day they are away from their families without any end in sight.');
INSERT INTO "paragraphs" VALUES(6,12,'text','Anita Desouza, Secretary, Seafarers'' Welfare Forum, Mumbai.');
INSERT INTO "paragraphs" VALUES(6,13,'text','Desouza said the forum had written to the shipping ministry asking it to press for priority crew changes for Indian nationals.');
INSERT INTO "paragraphs" VALUES(6,14,'text','Kowalczik said:');
INSERT INTO "paragraphs" VALUES(6,15,'blockquote','We have offered to go back to the table every day since this started. The only thing we will not do is sign away the jobs of the next generation of dockworkers.');
INSERT INTO "paragraphs" VALUES(6,16,'text','Talks between the union and the employers are expected to resume next week with the help of a state mediator.');
INSERT INTO "paragraphs" VALUES(7,0,'text','LINDHOLM, March 5 (Reuters) - Striking dockworkers at the Port of Lindholm agreed on Thursday to enter talks led by a state mediator, the first sign of movement in a nine-day dispute that has idled dozens of container ships and disrupted supply chains across northern Europe.');
INSERT INTO "paragraphs" VALUES(7,1,'text','The Baltic Dockworkers'' Federation said its negotiators would meet mediator Lotte Brandvold on Friday morning, but that members would stay on the picket lines until a deal was put to a vote.');
INSERT INTO "paragraphs" VALUES(7,2,'text','"Talking is not the same as agreeing," Mira Kowalczyk, the union''s chair, told Reuters at the port''s main gate. "We will listen to what the mediator has to say, and then we will listen to our members."');
INSERT INTO "paragraphs" VALUES(7,3,'text','The employers'' association, which represents the four companies that operate the port''s terminals, welcomed the decision.');
INSERT INTO "paragraphs" VALUES(7,4,'text','"We have been ready for mediation since the first day," the association said in a statement. "We hope the union now understands that the eastern terminal cannot be run the way ports were run in the 1980s."');
INSERT INTO "paragraphs" VALUES(7,5,'text','The dispute centres on plans to operate most cranes at the new eastern terminal remotely from a control building, a change the union says would eliminate about 1,500 jobs by the end of the decade.');
INSERT INTO "paragraphs" VALUES(7,6,'text','"The figure the union keeps repeating," said Per Engström, the association''s chief executive, "has never been supported by a single study." He said the real number of jobs at risk was below 400 and that most workers would be retrained.');
INSERT INTO "paragraphs" VALUES(7,7,'text','Kowalczyk rejected that estimate, saying the association had counted only permanent staff and ignored hundreds of contract workers.');
INSERT INTO "paragraphs" VALUES(7,8,'text','Transport Minister Anders Holmqvist said the government would not take sides but would "make every resource available" to the mediator.');
INSERT INTO "paragraphs" VALUES(7,9,'text','The strike is costing the economy about 30 million euros ($32.5 million) a day, according to finance ministry estimates, and economists have warned that a dispute lasting into April could shave a tenth of a percentage point off first-quarter growth.');
INSERT INTO "paragraphs" VALUES(7,10,'text','"The damage so far is recoverable," said Annika Berg, chief economist at Nordhavn Bank in Copenhagen. "The risk is that shippers decide Lindholm is unreliable and move their contracts for good. That kind of damage lasts for years."');
INSERT INTO "paragraphs" VALUES(7,11,'text','More than 40 vessels were waiting at anchor on Thursday, according to ship-tracking data, down from a peak of 47 earlier in the week as some carriers sent their ships to other ports.');
INSERT INTO "paragraphs" VALUES(8,0,'text','Transport ministers from five Baltic states agreed Thursday to pool customs and safety inspectors so that ships diverted from the Port of Lindholm can be cleared faster at smaller harbors that are struggling to cope with the extra traffic.');
INSERT INTO "paragraphs" VALUES(8,1,'text','Transport Minister Anders Holmquist told public broadcaster Radio Nord on Thursday, “What we agreed today is practical. Inspectors will move to where the ships are, not the other way around."');
INSERT INTO "paragraphs" VALUES(8,2,'text','He added, "This is not a plan to break the strike. It is a plan to make sure that medicine and food reach people who need them.”');
INSERT INTO "paragraphs" VALUES(8,3,'text','Holmquist declined to say how many inspectors would be moved or for how long. “We will adjust the numbers every week, depending on what we see in the ports,” he said.');
INSERT INTO "paragraphs" VALUES(8,4,'text','The strike at Lindholm, one of the busiest container ports in the region, began nine days ago after talks between the Baltic Dockworkers'' Federation and the port''s terminal operators broke down over the use of remote-operated cranes.');
INSERT INTO "paragraphs" VALUES(8,5,'text','Union chair Mira Kowalczyk welcomed the inspection agreement but said it changed nothing at the negotiating table. She wrote on her Twitter account, "Faster inspections in other ports are fine. Our members are still outside the gates of Lindholm, and that is where this will be decided."');
INSERT INTO "paragraphs" VALUES(8,6,'text','The head of the employers'' association, Per Engström, accused the union of holding the regional economy hostage and urged the government to appoint a mediator with the power to propose a binding settlement.');
INSERT INTO "paragraphs" VALUES(8,7,'text','When Kowalczyk was asked at a rally whether she would accept binding mediation, she shouted over the crowd and said, "Nobody binds us to anything we have not voted for. Not the employers, not the ministry, not ‘the market.’ Our members decide.”');
INSERT INTO "paragraphs" VALUES(8,8,'text','“The rally was peaceful,” a police spokesman said after the crowd dispersed. “There were no arrests.”');
INSERT INTO "paragraphs" VALUES(8,9,'text','Shipping analysts say the diversions have already added several days to delivery times across northern Europe. A study by a Copenhagen consultancy last week warned that ports receiving the diverted ships were “operating at the edge of their capacity” and that a second strike elsewhere could bring regional trade to a near standstill.');
INSERT INTO "paragraphs" VALUES(8,10,'text','As the dispute entered its second week, the ministry''s chief economist, Sofia Lindqvist, said the strike was costing the economy about 30 million euros a day. "That is a large number, but it is not yet a crisis. The question is how long this lasts, and nobody can answer that today.”');
INSERT INTO "paragraphs" VALUES(9,0,'text','Israeli shipping company Carmel Line is diverting cargo away from the strike-bound Port of Lindholm, warning customers that deliveries of Israeli produce and pharmaceuticals to northern Europe could be delayed by up to a week.');
INSERT INTO "paragraphs" VALUES(9,1,'text','According to a Reuters report, more than 40 vessels are waiting at anchor outside Lindholm, where dockworkers walked off the job nine days ago in a dispute over automation at the port’s new eastern terminal.');
INSERT INTO "paragraphs" VALUES(9,2,'text','Carmel Line, which runs a weekly service between Haifa and the Baltic, said in a notice to customers that two of its ships had been sent to alternative ports and that a third was “holding position” until the situation became clearer.');
INSERT INTO "paragraphs" VALUES(9,3,'text','“We deeply regret the inconvenience to our customers, and we are doing everything in our power to keep Israeli goods moving,” the company said.');
INSERT INTO "paragraphs" VALUES(9,4,'text','“Our teams in Haifa and in Europe are working around the clock with rail and trucking partners, and we expect to publish a revised schedule within 48 hours.”');
INSERT INTO "paragraphs" VALUES(9,5,'text','Israeli exporters of fresh herbs and flowers, which must reach European markets within days, are expected to be hit hardest. An official at the Israeli Export Institute described the situation as “worrying but manageable” and said exporters had been advised to book air freight for their most perishable goods.');
INSERT INTO "paragraphs" VALUES(9,6,'text','The strike is being led by the Baltic Dockworkers’ Federation, whose chair, Mira Kowalczik, has vowed that her members will not return “on a promise.” The union argues that the automation plan will cost hundreds of jobs.');
INSERT INTO "paragraphs" VALUES(9,7,'text','Employers at the port have called the union’s demands unrealistic, and the country’s transport minister has so far refused to intervene directly, saying that the two sides must “find their own way back to the table.”');
INSERT INTO "paragraphs" VALUES(9,8,'text','Israel’s Economy Ministry said it was monitoring the situation and was in contact with shipping companies and exporters.');
INSERT INTO "paragraphs" VALUES(9,9,'text','“There is no shortage of any essential product in Israel as a result of the strike, and there is no expected shortage,” the ministry said in a statement, adding that the disruption affected exports far more than imports.');
INSERT INTO "paragraphs" VALUES(9,10,'text','Industry sources told World Israel News that Israeli shippers had learned from previous crises at European ports and had built more flexibility into their schedules, though they acknowledged that a strike lasting beyond the end of the month would be “a different story.”');
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
INSERT INTO "article_authors" VALUES(5,3,0);
INSERT INTO "article_authors" VALUES(5,4,1);
INSERT INTO "article_authors" VALUES(7,5,0);
INSERT INTO "article_authors" VALUES(7,6,1);
INSERT INTO "article_authors" VALUES(9,7,0);
CREATE TABLE captions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    credit     TEXT
);
INSERT INTO "captions" VALUES(1,1,0,'Striking dockworkers listen to a speech outside the Port of Lindholm on Thursday, March 5, 2026.','AP Photo/Erik Norlund');
INSERT INTO "captions" VALUES(2,2,0,'Container ships wait at anchor outside the Port of Lindholm on the ninth day of a dockworkers’ strike','Reuters');
INSERT INTO "captions" VALUES(3,3,0,'A farmer inspects frost-damaged date palm fronds at a plantation near South Shuneh, Jordan, 12 February 2026.','EPA/Omar Qatanani/Anadolu');
INSERT INTO "captions" VALUES(4,4,0,'Container cranes stand idle at the eastern terminal of the Port of Lindholm.','Henrik Dahlgren/AFP via Getty Images');
INSERT INTO "captions" VALUES(5,5,0,'Dockworkers warm themselves at a brazier outside the main gate of the Port of Lindholm.','Anna Rydberg/The Guardian');
INSERT INTO "captions" VALUES(6,5,1,'Union chair Mira Kowalczyk addresses a rally in the port on Wednesday.','Jonas Ek/TT News Agency/AFP/Getty Images');
INSERT INTO "captions" VALUES(7,6,0,'Container ships at anchor off the Port of Lindholm.','Reuters');
INSERT INTO "captions" VALUES(8,8,0,'Dockworkers gather at a picket line outside the main gate of the Port of Lindholm, March 3, 2026.','Lindholm Port Authority photo via AP');
INSERT INTO "captions" VALUES(9,8,1,'Union chair Mira Kowalczyk speaks to striking dockworkers at a rally outside the port''s administration building, March 4, 2026, in Lindholm.',NULL);
CREATE TABLE speakers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'unknown'))
);
INSERT INTO "speakers" VALUES(1,'Jonas Kowalczyk','person');
INSERT INTO "speakers" VALUES(2,'Per Engström','person');
INSERT INTO "speakers" VALUES(3,'Mira Kowalczyk','person');
INSERT INTO "speakers" VALUES(4,'Lars Pettersson','person');
INSERT INTO "speakers" VALUES(5,'Lindholm Port Authority','organization');
INSERT INTO "speakers" VALUES(6,'Faisal Al-Harbi','person');
INSERT INTO "speakers" VALUES(7,'Khaled Odeibat','person');
INSERT INTO "speakers" VALUES(8,'Ministry of Agriculture','organization');
INSERT INTO "speakers" VALUES(9,'Lina Habashneh','person');
INSERT INTO "speakers" VALUES(10,'Samer Khreisat','person');
INSERT INTO "speakers" VALUES(11,'Lindholm Port Employers Association','organization');
INSERT INTO "speakers" VALUES(12,'Anders Holmqvist','person');
INSERT INTO "speakers" VALUES(13,'Birgit Svensson','person');
INSERT INTO "speakers" VALUES(14,'Baltic Dockworkers Federation','organization');
INSERT INTO "speakers" VALUES(15,'Ravi Menon','person');
INSERT INTO "speakers" VALUES(16,'Anita Desouza','person');
INSERT INTO "speakers" VALUES(17,'Annika Berg','person');
INSERT INTO "speakers" VALUES(18,'Sofia Lindqvist','person');
INSERT INTO "speakers" VALUES(19,'Carmel Line','organization');
INSERT INTO "speakers" VALUES(20,'Israel’s Economy Ministry','organization');
CREATE TABLE speaker_aliases (
    alias      TEXT NOT NULL UNIQUE,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
);
INSERT INTO "speaker_aliases" VALUES('Jonas Kowalczyk',1);
INSERT INTO "speaker_aliases" VALUES('Per Engström',2);
INSERT INTO "speaker_aliases" VALUES('Mira Kowalczyk',3);
INSERT INTO "speaker_aliases" VALUES('Lars Pettersson',4);
INSERT INTO "speaker_aliases" VALUES('Lindholm Port Authority',5);
INSERT INTO "speaker_aliases" VALUES('Faisal Al-Harbi',6);
INSERT INTO "speaker_aliases" VALUES('Khaled Odeibat',7);
INSERT INTO "speaker_aliases" VALUES('Ministry of Agriculture',8);
INSERT INTO "speaker_aliases" VALUES('Lina Habashneh',9);
INSERT INTO "speaker_aliases" VALUES('Samer Khreisat',10);
INSERT INTO "speaker_aliases" VALUES('Lindholm Port Employers Association',11);
INSERT INTO "speaker_aliases" VALUES('Anders Holmqvist',12);
INSERT INTO "speaker_aliases" VALUES('Birgit Svensson',13);
INSERT INTO "speaker_aliases" VALUES('Baltic Dockworkers Federation',14);
INSERT INTO "speaker_aliases" VALUES('Ravi Menon',15);
INSERT INTO "speaker_aliases" VALUES('Anita Desouza',16);
INSERT INTO "speaker_aliases" VALUES('Mira Kowalczik',3);
INSERT INTO "speaker_aliases" VALUES('Annika Berg',17);
INSERT INTO "speaker_aliases" VALUES('Anders Holmquist',12);
INSERT INTO "speaker_aliases" VALUES('Sofia Lindqvist',18);
INSERT INTO "speaker_aliases" VALUES('Carmel Line',19);
INSERT INTO "speaker_aliases" VALUES('Israel’s Economy Ministry',20);
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
INSERT INTO "quotes" VALUES(10,2,3,'if the stoppage continues beyond the end of the month, the backlog at alternative ports will itself become the bottleneck, and the costs of the diversion will exceed the value of the contracts being protected.',NULL,NULL,NULL,'direct');
INSERT INTO "quotes" VALUES(11,2,4,'for as long as it takes,',3,'Union chair Mira Kowalczyk','said','partial');
INSERT INTO "quotes" VALUES(12,2,5,'under control.',5,'The Lindholm Port Authority','described','partial');
INSERT INTO "quotes" VALUES(13,2,7,'We have learned to keep a second and a third route open at all times,',6,'Faisal Al-Harbi, operations director at a Dammam-based logistics firm','said','direct');
INSERT INTO "quotes" VALUES(14,2,7,'Nobody in this business can afford to depend on a single gate anymore.',6,'Faisal Al-Harbi, operations director at a Dammam-based logistics firm','said','direct');
INSERT INTO "quotes" VALUES(15,2,8,'the company had not yet passed the extra costs on to its customers but would review its prices next month',6,'He','added','indirect');
INSERT INTO "quotes" VALUES(16,3,2,'I have farmed this land for thirty years and I have never seen the fronds burn like this,',7,'Khaled Odeibat, who grows Medjool dates on a plantation near South Shuneh','said','direct');
INSERT INTO "quotes" VALUES(17,3,2,'The old trees will survive, but the young ones we planted two years ago are finished.',7,'Khaled Odeibat, who grows Medjool dates on a plantation near South Shuneh','said','direct');
INSERT INTO "quotes" VALUES(18,3,3,'a full assessment would be ready within two weeks',8,'The Ministry of Agriculture','said','indirect');
INSERT INTO "quotes" VALUES(19,3,4,'We will not leave the farmers alone with these losses,',9,'ministry spokesperson Lina Habashneh','told','direct');
INSERT INTO "quotes" VALUES(20,3,4,'Compensation will be paid according to the size of the damage on every farm.',9,'ministry spokesperson Lina Habashneh','told','direct');
INSERT INTO "quotes" VALUES(21,3,8,'The buyers in the Gulf are patient with us, but they have their own customers,',10,'Khreisat','said','direct');
INSERT INTO "quotes" VALUES(22,3,8,'If we cannot tell them by April what we can deliver, they will look elsewhere.',10,'Khreisat','said','direct');
INSERT INTO "quotes" VALUES(23,4,5,'We came to the table with a compromise and they walked away from it,',3,'Mira Kowalczyk, chair of the Baltic Dockworkers'' Federation','said','direct');
INSERT INTO "quotes" VALUES(24,4,5,'Our members are not going back to work on a promise.',3,'Mira Kowalczyk, chair of the Baltic Dockworkers'' Federation','said','direct');
INSERT INTO "quotes" VALUES(25,4,6,'would freeze the port in the last century',11,'The Lindholm Port Employers'' Association','said','partial');
INSERT INTO "quotes" VALUES(26,4,9,'the automation plan would eliminate close to 1,500 jobs by 2030',3,'Kowalczyk','argued','indirect');
INSERT INTO "quotes" VALUES(27,4,10,'as long as both sides are still talking to each other.',12,'Transport Minister Anders Holmqvist','told','partial');
INSERT INTO "quotes" VALUES(28,4,11,'I am not going to negotiate on behalf of either party in front of the cameras,',12,'Holmqvist','said','direct');
INSERT INTO "quotes" VALUES(29,4,11,'watching the situation hour by hour.',12,'He','added','partial');
INSERT INTO "quotes" VALUES(30,4,12,'No vessel carrying humanitarian supplies has been turned away,',5,'the authority','said','direct');
INSERT INTO "quotes" VALUES(31,4,14,'Every week this goes on, cargo learns to go somewhere else, and some of it will never come back,',2,'Per Engström, the association''s chief executive','said','direct');
INSERT INTO "quotes" VALUES(32,5,1,'My father drove a straddle carrier, my husband drives one now, and my son wanted to,',13,'Svensson, 58','said','direct');
INSERT INTO "quotes" VALUES(33,5,1,'If the cranes are driven from an office, what is left for him here?',13,'Svensson, 58','said','direct');
INSERT INTO "quotes" VALUES(34,5,5,'We are not against the future,',3,'she','said','direct');
INSERT INTO "quotes" VALUES(35,5,5,'We are against a future that is decided in a boardroom and delivered to us in a letter.',3,'she','said','direct');
INSERT INTO "quotes" VALUES(36,5,6,'the union had offered to accept remote operation on some cranes in return for guarantees on staffing',3,'Kowalczyk','said','indirect');
INSERT INTO "quotes" VALUES(37,5,7,'It was a serious offer,',3,'she','said','direct');
INSERT INTO "quotes" VALUES(38,5,7,'and they did not even take it home to read it.',3,'she','said','direct');
INSERT INTO "quotes" VALUES(39,5,10,'I understand the fear in this town, I really do,',2,'Engström','said','direct');
INSERT INTO "quotes" VALUES(40,5,10,'But the biggest threat to these jobs is not a crane. It is a port that customers no longer trust.',2,'Engström','said','direct');
INSERT INTO "quotes" VALUES(41,5,12,'People come in, they buy bread, they talk about the strike,',2,'she','said','direct');
INSERT INTO "quotes" VALUES(42,5,12,'Nobody talks about anything else.',2,'she','said','direct');
INSERT INTO "quotes" VALUES(43,6,5,'Our dispute is with the terminal operators, not with the seafarers. Any sailor who needs to go home or see a doctor will pass our picket lines with our help.',14,'chair of the Baltic Dockworkers'' Federation','said','block');
INSERT INTO "quotes" VALUES(44,6,7,'All vessels at anchor are being supplied with provisions and fresh water. No crew member has been denied medical care, and none will be.',5,'The Lindholm Port Authority','saying','block');
INSERT INTO "quotes" VALUES(45,6,9,'holding up',15,'Ravi Menon','told','partial');
INSERT INTO "quotes" VALUES(46,6,11,'Sailors always pay for disputes they have nothing to do with. They cannot join the strike and they cannot leave the ship. Every day at anchor is a day they are away from their families without any end in sight.',16,'Anita Desouza',NULL,'block');
INSERT INTO "quotes" VALUES(47,6,13,'the forum had written to the shipping ministry asking it to press for priority crew changes for Indian nationals',16,'Desouza','said','indirect');
INSERT INTO "quotes" VALUES(48,6,15,'We have offered to go back to the table every day since this started. The only thing we will not do is sign away the jobs of the next generation of dockworkers.',3,'Kowalczik','said','block');
INSERT INTO "quotes" VALUES(49,7,1,'its negotiators would meet mediator Lotte Brandvold on Friday morning, but that members would stay on the picket lines until a deal was put to a vote',14,'The Baltic Dockworkers'' Federation','said','indirect');
INSERT INTO "quotes" VALUES(50,7,2,'Talking is not the same as agreeing,',3,'Mira Kowalczyk, the union''s chair','told','direct');
INSERT INTO "quotes" VALUES(51,7,2,'We will listen to what the mediator has to say, and then we will listen to our members.',3,'Mira Kowalczyk, the union''s chair','told','direct');
INSERT INTO "quotes" VALUES(52,7,4,'We have been ready for mediation since the first day,',NULL,'the association','said','direct');
INSERT INTO "quotes" VALUES(53,7,4,'We hope the union now understands that the eastern terminal cannot be run the way ports were run in the 1980s.',NULL,'the association','said','direct');
INSERT INTO "quotes" VALUES(54,7,6,'The figure the union keeps repeating,',2,'Per Engström, the association''s chief executive','said','direct');
INSERT INTO "quotes" VALUES(55,7,6,'has never been supported by a single study.',2,'Per Engström, the association''s chief executive','said','direct');
INSERT INTO "quotes" VALUES(56,7,8,'make every resource available',12,'Transport Minister Anders Holmqvist','said','partial');
INSERT INTO "quotes" VALUES(57,7,10,'The damage so far is recoverable,',17,'Annika Berg, chief economist at Nordhavn Bank in Copenhagen','said','direct');
INSERT INTO "quotes" VALUES(58,7,10,'The risk is that shippers decide Lindholm is unreliable and move their contracts for good. That kind of damage lasts for years.',17,'Annika Berg, chief economist at Nordhavn Bank in Copenhagen','said','direct');
INSERT INTO "quotes" VALUES(59,8,1,'What we agreed today is practical. Inspectors will move to where the ships are, not the other way around.',12,'Transport Minister Anders Holmquist','told','direct');
INSERT INTO "quotes" VALUES(60,8,2,'This is not a plan to break the strike. It is a plan to make sure that medicine and food reach people who need them.',12,'He','added','direct');
INSERT INTO "quotes" VALUES(61,8,3,'We will adjust the numbers every week, depending on what we see in the ports,',12,'he','said','direct');
INSERT INTO "quotes" VALUES(62,8,5,'Faster inspections in other ports are fine. Our members are still outside the gates of Lindholm, and that is where this will be decided.',3,'She','wrote','direct');
INSERT INTO "quotes" VALUES(63,8,7,'Nobody binds us to anything we have not voted for. Not the employers, not the ministry, not ‘the market.’ Our members decide.',3,'she','said','direct');
INSERT INTO "quotes" VALUES(64,8,8,'The rally was peaceful,',NULL,'a police spokesman','said','direct');
INSERT INTO "quotes" VALUES(65,8,8,'There were no arrests.',NULL,'a police spokesman','said','direct');
INSERT INTO "quotes" VALUES(66,8,10,'That is a large number, but it is not yet a crisis. The question is how long this lasts, and nobody can answer that today.',18,'the ministry''s chief economist, Sofia Lindqvist','said','direct');
INSERT INTO "quotes" VALUES(67,8,10,'the strike was costing the economy about 30 million euros a day',18,'the ministry''s chief economist, Sofia Lindqvist','said','indirect');
INSERT INTO "quotes" VALUES(68,9,2,'holding position',19,'Carmel Line','said','partial');
INSERT INTO "quotes" VALUES(69,9,3,'We deeply regret the inconvenience to our customers, and we are doing everything in our power to keep Israeli goods moving,',19,'the company','said','direct');
INSERT INTO "quotes" VALUES(70,9,4,'Our teams in Haifa and in Europe are working around the clock with rail and trucking partners, and we expect to publish a revised schedule within 48 hours.',19,'the company','said','direct');
INSERT INTO "quotes" VALUES(71,9,7,'find their own way back to the table.',NULL,'Employers','saying','partial');
INSERT INTO "quotes" VALUES(72,9,8,'it was monitoring the situation and was in contact with shipping companies and exporters',20,'Israel’s Economy Ministry','said','indirect');
INSERT INTO "quotes" VALUES(73,9,9,'There is no shortage of any essential product in Israel as a result of the strike, and there is no expected shortage,',20,'the ministry','said','direct');
INSERT INTO "quotes" VALUES(74,9,10,'Israeli shippers had learned from previous crises at European ports and had built more flexibility into their schedules, though they acknowledged that a strike lasting beyond the end of the month would be “a different story.”',NULL,'Industry sources','told','indirect');
CREATE INDEX articles_published_at ON articles(published_at);
CREATE INDEX article_authors_author_id ON article_authors(author_id);
CREATE INDEX captions_article_id ON captions(article_id);
CREATE INDEX captions_credit ON captions(credit);
CREATE INDEX speaker_aliases_speaker_id ON speaker_aliases(speaker_id);
CREATE INDEX quotes_speaker_article ON quotes(speaker_id, article_id);
CREATE INDEX quotes_article_speaker ON quotes(article_id, speaker_id);
CREATE INDEX articles_outlet_published ON articles(outlet_id, published_at);
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
COMMIT;
