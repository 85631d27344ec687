"""A small corpus for the linker's tests, in the styles of a wire, a broadcaster, a local
paper, a blog and market tables (all invented: no corpus texts)."""

from __future__ import annotations

# Earthquake A: Lake Verde, Marenca, August 2031. Three sources, then a follow-up.
QUAKE_A1 = (
    "quake-a-wire",
    """# Strong earthquake strikes Lake Verde region of Marenca
SOLANA, Aug 5 (Wire) - A magnitude 6.8 <earthquake|earthquake|NOUN> <struck|strike|VERB|subj:earthquake> the [Lake Verde|LOC|lake-verde] region of [Marenca|GPE|marenca] on [Sunday|DATE|2031-08-05], officials said.
The <quake|quake|NOUN> <damaged|damage|VERB|subj:quake> hundreds of homes in [Port Alba|GPE|port-alba] and <cut|cut|VERB> power to thousands.
The civil defence agency [Protecta|ORG|protecta] said two people were <killed|kill|VERB> and dozens <injured|injure|VERB>.
Rescue teams <searched|search|VERB|subj:teams> collapsed buildings through the night.""",
    "2031-08-05",
)
QUAKE_A2 = (
    "quake-a-tv",
    """# Deadly quake hits Marenca
A powerful <earthquake|earthquake|NOUN> <hit|hit|VERB|subj:earthquake> [Marenca|GPE|marenca] near [Lake Verde|LOC|lake-verde] on [Sunday|DATE|2031-08-05], <killing|kill|VERB> two people.
Homes in [Port Alba|GPE|port-alba] were <damaged|damage|VERB> and the power was <cut|cut|VERB>.
[Protecta|ORG|protecta] sent rescue teams to the region.
The <quake|quake|NOUN> measured 6.8, seismologists said.""",
    "2031-08-05",
)
QUAKE_A3 = (
    "quake-a-local",
    """# Port Alba counts the damage after the earthquake
The magnitude 6.8 <earthquake|earthquake|NOUN> that <shook|shake|VERB|subj:earthquake> [Port Alba|GPE|port-alba] on [Sunday|DATE|2031-08-05] <damaged|damage|VERB> more than 300 homes.
Two people were <killed|kill|VERB> when a wall <collapsed|collapse|VERB> near [Lake Verde|LOC|lake-verde], [Protecta|ORG|protecta] said.
Volunteers from [Solana|GPE|solana] brought water and blankets.""",
    "2031-08-06",
)
QUAKE_A_FOLLOW = (
    "quake-a-follow",
    """# Aftershocks rattle Lake Verde as Marenca rebuilds
Strong aftershocks <rattled|rattle|VERB> [Port Alba|GPE|port-alba] on [Wednesday|DATE|2031-08-08], three days after the magnitude 6.8 <earthquake|earthquake|NOUN> that <killed|kill|VERB> two people near [Lake Verde|LOC|lake-verde].
[Protecta|ORG|protecta] said 300 homes were <damaged|damage|VERB> by the <quake|quake|NOUN> in [Marenca|GPE|marenca].
The government <pledged|pledge|VERB> money to rebuild the town.""",
    "2031-08-08",
)
# Earthquake B: Kestrel Bay, Norland, March 2034. Same kind, other place and year.
QUAKE_B1 = (
    "quake-b-wire",
    """# Earthquake strikes Kestrel Bay in Norland
HAVEN, March 14 (Wire) - A magnitude 5.9 <earthquake|earthquake|NOUN> <struck|strike|VERB|subj:earthquake> [Kestrel Bay|LOC|kestrel-bay] in [Norland|GPE|norland] on [Tuesday|DATE|2034-03-14], officials said.
The <quake|quake|NOUN> <damaged|damage|VERB|subj:quake> the harbour of [Gullhaven|GPE|gullhaven] and <injured|injure|VERB> five people.
The national geology service [Norgeo|ORG|norgeo] recorded ten aftershocks.""",
    "2034-03-14",
)
QUAKE_B2 = (
    "quake-b-blog",
    """# Quake damages Gullhaven harbour
A 5.9 <earthquake|earthquake|NOUN> <hit|hit|VERB|subj:earthquake> [Norland|GPE|norland] on [Tuesday|DATE|2034-03-14], <damaging|damage|VERB> the harbour at [Gullhaven|GPE|gullhaven] near [Kestrel Bay|LOC|kestrel-bay].
Five people were <injured|injure|VERB>, [Norgeo|ORG|norgeo] said.
Fishing boats <sank|sink|VERB> at their moorings.""",
    "2034-03-15",
)
# Market tables and filings of different companies on one day (the same template).
EARNINGS_1 = (
    "earnings-marble",
    """# Marble Financial Corp 1st qtr net
[Marble Financial Corp|ORG|marble-financial] <reported|report|VERB|subj:Corp> first quarter net of 2.1 mln dlrs vs 1.8 mln dlrs.
Oper shr 26 cts vs 20 cts.
Revenues 14.2 mln vs 12.9 mln.""",
    "2031-04-09",
)
EARNINGS_2 = (
    "earnings-frontier",
    """# Frontier Insurance Group 1st qtr net
[Frontier Insurance Group|ORG|frontier-insurance] <reported|report|VERB|subj:Group> first quarter net of 5.4 mln dlrs vs 3.3 mln dlrs.
Oper shr 41 cts vs 30 cts.
Revenues 40.1 mln vs 35.6 mln.""",
    "2031-04-09",
)
FILING_1 = (
    "filing-dunmore",
    """# Investor group raises stake in Dunmore Steel
An investor group led by [Halden Partners|ORG|halden-partners] <raised|raise|VERB|subj:group,obj:stake> its stake in [Dunmore Steel Co|ORG|dunmore-steel] to 9.1 pct, it <told|tell|VERB> the [Securities and Exchange Commission|ORG|sec].
In a filing with the [Securities and Exchange Commission|ORG|sec], the group said it <bought|buy|VERB> the shares for investment purposes.""",
    "2031-04-09",
)
FILING_2 = (
    "filing-elara",
    """# Fenwick Capital cuts stake in Elara Foods
[Fenwick Capital|ORG|fenwick-capital] <cut|cut|VERB|subj:Capital,obj:stake> its stake in [Elara Foods Inc|ORG|elara-foods] to 4.2 pct, it <told|tell|VERB> the [Securities and Exchange Commission|ORG|sec].
In a filing with the [Securities and Exchange Commission|ORG|sec], Fenwick said it <sold|sell|VERB> the shares in open market transactions.""",
    "2031-04-09",
)
# One sentence carried word for word by two different stories.
SAME_1 = (
    "bank-results",
    """# Castor Bank posts lower profit
[Castor Bank|ORG|castor-bank] <posted|post|VERB|subj:Bank> a lower quarterly profit on [Monday|DATE|2031-05-12].
Castor Bank stock <fell|fall|VERB|subj:stock> 50 cents to 12.25 dlrs in heavy trading after the results were released.
The bank <blamed|blame|VERB> loan losses in farming regions.""",
    "2031-05-12",
)
SAME_2 = (
    "bank-market",
    """# Wall Street ends mixed as banks slip
Stocks <ended|end|VERB|subj:Stocks> mixed on [Monday|DATE|2031-05-12] as bank shares <slipped|slip|VERB>.
Castor Bank stock <fell|fall|VERB|subj:stock> 50 cents to 12.25 dlrs in heavy trading after the results were released.
Technology issues <rose|rise|VERB> on takeover talk.""",
    "2031-05-12",
)

QUAKES = (QUAKE_A1, QUAKE_A2, QUAKE_A3, QUAKE_B1, QUAKE_B2)
MARKETS = (EARNINGS_1, EARNINGS_2, FILING_1, FILING_2)
EVERYTHING = (*QUAKES, QUAKE_A_FOLLOW, *MARKETS, SAME_1, SAME_2)

# One agency awards two contracts on one day, reported in one template: two happenings.
# Wire copy marks the companies' tickers in the headline, another outlet the exchange.
AWARD_1 = (
    "award-corvane",
    """# CORVANE <CRVN> GETS 310 MLN DLR CONTRACT
[Corvane Systems Inc|ORG|corvane-systems] has been <awarded|award|VERB|obj:Inc> a 310 mln dlr contract for radar sets, the [Navy|ORG|navy] <said|say|VERB|subj:Navy>.
The contract <runs|run|VERB> for three years.""",
    "2031-06-02",
)
AWARD_2 = (
    "award-pellam",
    """# Pellam Dynamics (NYSE: PLD) wins 95 mln dlr contract
[Pellam Dynamics|ORG|pellam-dynamics] has been <awarded|award|VERB|obj:Dynamics> a 95 mln dlr contract for engine parts, the [Navy|ORG|navy] <said|say|VERB|subj:Navy>.
The contract <runs|run|VERB> for three years.""",
    "2031-06-02",
)
AWARDS = (AWARD_1, AWARD_2)

# One agency's same-day template about two countries: two happenings.
CREDIT_1 = (
    "credit-norland",
    """# Export credits for [Norland|GPE|norland] switched to wheat
Export credit guarantees of 10 mln dlrs for [Norland|GPE|norland] have been <switched|switch|VERB|obj:guarantees> from feed grains to wheat, the [Agriculture Department|ORG|agriculture-department] <said|say|VERB>.
The guarantees <cover|cover|VERB> sales through September.""",
    "2031-07-01",
)
CREDIT_2 = (
    "credit-esmerala",
    """# Export credits for [Esmerala|GPE|esmerala] switched to vegetable oil
Export credit guarantees of 5 mln dlrs for [Esmerala|GPE|esmerala] have been <switched|switch|VERB|obj:guarantees> from feed grains to vegetable oil, the [Agriculture Department|ORG|agriculture-department] <said|say|VERB>.
The guarantees <cover|cover|VERB> sales through September.""",
    "2031-07-01",
)
CREDITS = (CREDIT_1, CREDIT_2)

# Two jewellery heists at one shop, years apart, undated, told alike: the sums taken say
# which is which (two reports of the first, one of the second).
HEIST_A1 = (
    "heist-a-wire",
    """# Robbers take jewels worth $85 million from Solana shop
Armed robbers <stole|steal|VERB|subj:robbers,obj:jewels> jewels worth [$85 million|MONEY|85000000] from the [Orla Gems|ORG|orla-gems] shop in [Solana|GPE|solana], police <said|say|VERB>.
The <robbery|robbery|NOUN> <lasted|last|VERB> a few minutes and no one was <hurt|hurt|VERB>.
Police <searched|search|VERB|obj:city> the city for the gang.""",
    None,
)
HEIST_A2 = (
    "heist-a-paper",
    """# Gang steals $80 million of gems in Solana
A gang of armed robbers <stole|steal|VERB|subj:robbers,obj:gems> gems worth about [$80 million|MONEY|80000000] from the [Orla Gems|ORG|orla-gems] shop in [Solana|GPE|solana].
The <robbery|robbery|NOUN> was one of the largest in the city.
Police <searched|search|VERB> for the robbers.""",
    None,
)
HEIST_B = (
    "heist-b-wire",
    """# Robbers take jewels worth $2 million from Solana shop
Armed robbers <stole|steal|VERB|subj:robbers,obj:jewels> jewels worth [$2 million|MONEY|2000000] from the [Orla Gems|ORG|orla-gems] shop in [Solana|GPE|solana], police <said|say|VERB>.
The <robbery|robbery|NOUN> <lasted|last|VERB> a few minutes and no one was <hurt|hurt|VERB>.
Police <searched|search|VERB|obj:city> the city for the gang.""",
    None,
)
HEISTS = (HEIST_A1, HEIST_A2, HEIST_B)

# Two emergency patches of one browser, years apart, undated, told alike: the versions
# they name say which is which (two reports of the first, one of the second).
PATCH_A1 = (
    "patch-a-wire",
    """# Emergency patch for Browsr flaw
The maker <released|release|VERB|subj:maker,obj:patch> an emergency patch for its Browsr 3.0.5 browser, after attackers <exploited|exploit|VERB|subj:attackers,obj:flaw> a flaw in [Quill Soft|ORG|quill-soft] code.
Users of Browsr 3.0.5 should <update|update|VERB|subj:Users> at once, the maker <said|say|VERB>.""",
    None,
)
PATCH_A2 = (
    "patch-a-blog",
    """# Browsr gets an emergency fix
An emergency patch for Browsr 3.0.5 was <released|release|VERB|obj:patch> after attackers <exploited|exploit|VERB|subj:attackers,obj:flaw> a flaw, [Quill Soft|ORG|quill-soft] <said|say|VERB>.
Everyone running Browsr should <update|update|VERB> now.""",
    None,
)
PATCH_B = (
    "patch-b-wire",
    """# Emergency patch for Browsr flaw
The maker <released|release|VERB|subj:maker,obj:patch> an emergency patch for its Browsr 2.0.0.4 browser, after attackers <exploited|exploit|VERB|subj:attackers,obj:flaw> a flaw in [Quill Soft|ORG|quill-soft] code.
Users of Browsr 2.0.0.4 should <update|update|VERB|subj:Users> at once, the maker <said|say|VERB>.""",
    None,
)
PATCHES = (PATCH_A1, PATCH_A2, PATCH_B)

# One treasury's two bill auctions announced on one day, told in one template (two reports
# of the larger): the sums say which is which.
AUCTION_A1 = (
    "auction-a-wire",
    """# Norland treasury to sell [$17 billion|MONEY|17000000000] in bills
The [Norland Treasury|ORG|norland-treasury] <said|say|VERB|subj:Treasury> it will <auction|auction|VERB|obj:bills> [$17 billion|MONEY|17000000000] of cash management bills on [Thursday|DATE|2031-04-03].
The bills <run|run|VERB> for nine days.""",
    "2031-03-31",
)
AUCTION_A2 = (
    "auction-a-paper",
    """# Treasury plans [$17 billion|MONEY|17000000000] bill sale
The [Norland Treasury|ORG|norland-treasury] will <auction|auction|VERB|obj:bills> [$17 billion|MONEY|17000000000] of short bills on [Thursday|DATE|2031-04-03], it <said|say|VERB>.
Dealers <expected|expect|VERB|obj:demand> strong demand.""",
    "2031-03-31",
)
AUCTION_B = (
    "auction-b-wire",
    """# Norland treasury to sell [$13 billion|MONEY|13000000000] in bills
The [Norland Treasury|ORG|norland-treasury] <said|say|VERB|subj:Treasury> it will <auction|auction|VERB|obj:bills> [$13 billion|MONEY|13000000000] of three-month bills on [Thursday|DATE|2031-04-03].
Bids are due by noon.""",
    "2031-03-31",
)

# Two parliamentary elections in one country, years apart, told alike; the report of the
# later one is undated, and the dates it names give its year.
VOTE_A1 = (
    "vote-a-wire",
    """# Norland votes in parliamentary election
Voters in [Norland|GPE|norland] <cast|cast|VERB|subj:Voters,obj:ballots> their ballots on [Sunday|DATE|2031-12-14] in a parliamentary <election|election|NOUN> with two parties.
Turnout <was|be|AUX> high, the electoral commission <said|say|VERB>.""",
    "2031-12-14",
)
VOTE_A2 = (
    "vote-a-paper",
    """# Norland holds parliamentary election
[Norland|GPE|norland] <held|hold|VERB|obj:election> a parliamentary <election|election|NOUN> with two parties on [Sunday|DATE|2031-12-14], voters <cast|cast|VERB|subj:voters> ballots across the country.
Observers <praised|praise|VERB> the count.""",
    "2031-12-15",
)
VOTE_B = (
    "vote-b-blog",
    """# Two parties to run in next Norland election
Two parties will run in the next parliamentary <election|election|NOUN> in [Norland|GPE|norland], the electoral commission <said|say|VERB>.
The <vote|vote|NOUN> is <set|set|VERB|obj:vote> for [December 15, 2035|DATE|2035-12-15].""",
    None,
)

# Wire copy filed from one city on one day: the dateline's place and day are every
# story's, not evidence that two tell one happening. A duty raised and fees raised are
# two; two desks' reports of the fees (one board, other words) are one.
WIRE_DUTY = (
    "wire-duty",
    """# VARNLAND RAISES EXPORT DUTY ON PROCESSED TEA
PORT EDAN, May 4 - The government of [Varnland|GPE|varnland] <raised|raise|VERB|subj:government,obj:duty> the export duty on processed tea to 70 crowns a tonne from 64 crowns, effective today.
Tea growers <said|say|VERB|subj:growers> the higher duty would hurt small estates.""",
    "2031-05-04",
)
WIRE_FEES = (
    "wire-fees",
    """# VARNLAND PORT RAISES BERTH FEES FOR CONTAINER SHIPS
PORT EDAN, May 4 - The [Edan Harbour Board|ORG|edan-harbour-board] <raised|raise|VERB|subj:Board,obj:fees> berth fees for container ships by ten pct from next month, citing dredging costs.
Shipping agents <said|say|VERB|subj:agents> the rise would push freight rates up.""",
    "2031-05-04",
)
WIRE_FEES_2 = (
    "wire-fees-2",
    """# EDAN HARBOUR BOARD LIFTS CHARGES
PORT EDAN, May 4 - Container lines will pay ten pct more to berth after the [Edan Harbour Board|ORG|edan-harbour-board] <raised|raise|VERB|subj:Board,obj:charges> its charges, a board official said.
The board <said|say|VERB|subj:board> dredging had doubled its costs.""",
    "2031-05-04",
)
WIRE_PORT = (WIRE_DUTY, WIRE_FEES, WIRE_FEES_2)

# The same from a market's desks: money rates fell, coffee prices fell; one story sent
# twice (a repeat, no one named) is one happening.
WIRE_RATES = (
    "wire-rates",
    """# LUMEN MONEY RATES EASE AS MONTH END PASSES
LUMEN, June 9 - Overnight interbank rates <fell|fall|VERB|subj:rates> to four pct from six pct as month end tightness disappeared and dealers took positions for June.
Dealers <expected|expect|VERB|subj:Dealers> rates to stay near four pct this week.""",
    "2031-06-09",
)
WIRE_COFFEE = (
    "wire-coffee",
    """# COFFEE EXPORT PRICES LOWER ON WEAK DEMAND
LUMEN, June 9 - Export prices for robusta coffee <fell|fall|VERB|subj:prices> to 180 cents a kilo from 195 cents as roasters held back purchases.
Traders <expected|expect|VERB|subj:Traders> more beans to reach the port next month.""",
    "2031-06-09",
)
WIRE_RATES_2 = (
    "wire-rates-2",
    """# LUMEN MONEY RATES EASE AS MONTH END PASSES - REPEAT
LUMEN, June 9 - Overnight interbank rates <fell|fall|VERB|subj:rates> to four pct from six pct as month end tightness disappeared and dealers took positions for June.
Dealers <expected|expect|VERB|subj:Dealers> rates to stay near four pct this week.""",
    "2031-06-09",
)
WIRE_MARKET = (WIRE_COFFEE, WIRE_RATES, WIRE_RATES_2)

# One actor's different happenings of one day, each filed as its own wire story: one name
# in common is who acts, not what happened. A company raises its dividend and its prices;
# two reports of the price rise share their own wording.
WIRE_DIVIDEND = (
    "wire-dividend",
    """# [TALVERA FOODS|ORG|talvera-foods] RAISES DIVIDEND AFTER RECORD YEAR
BRENHAM, March 12 - [Talvera Foods|ORG|talvera-foods] <raised|raise|VERB|subj:Foods,obj:dividend> its annual dividend to 160 crowns a share from 155 crowns after a record year.
The board <said|say|VERB|subj:board> shareholders would vote on the payout in May.""",
    "2031-03-12",
)
WIRE_PRICES = (
    "wire-prices",
    """# [TALVERA FOODS|ORG|talvera-foods] RAISES CHOCOLATE PRICES IN EUROPE
BRENHAM, March 12 - [Talvera Foods|ORG|talvera-foods] <raised|raise|VERB|subj:Foods,obj:prices> its chocolate prices in European shops by six pct from April, blaming dearer cocoa.
Retailers <said|say|VERB|subj:Retailers> shoppers would switch to cheaper bars.""",
    "2031-03-12",
)
WIRE_PRICES_2 = (
    "wire-prices-2",
    """# [TALVERA|ORG|talvera-foods] LIFTS EUROPEAN CHOCOLATE PRICES
BRENHAM, March 12 - Chocolate will cost six pct more in European shops from April after [Talvera Foods|ORG|talvera-foods] <raised|raise|VERB|subj:Foods,obj:prices> its prices on dearer cocoa, a spokesman said.
The company <said|say|VERB|subj:company> other makers would follow.""",
    "2031-03-12",
)
WIRE_COMPANY = (WIRE_DIVIDEND, WIRE_PRICES, WIRE_PRICES_2)

# An agency's two rulings of one day: a merger cleared and freight tariffs cleared; two
# reports of the merger ruling share the sum it names.
WIRE_TARIFFS = (
    "wire-tariffs",
    """# [VARNLAND|GPE|varnland] WATCHDOG CLEARS NEW RAIL FREIGHT TARIFFS
ELDEN, June 3 - The [Varnland Competition Office|ORG|varnland-competition-office] <approved|approve|VERB|subj:Office,obj:tariffs> new rail freight tariffs proposed by the state railway, effective in July.
Hauliers <said|say|VERB|subj:Hauliers> the tariffs would lift the cost of moving grain.""",
    "2031-06-03",
)
WIRE_MERGER = (
    "wire-merger",
    """# [VARNLAND|GPE|varnland] WATCHDOG CLEARS DAIRY MERGER
ELDEN, June 3 - The [Varnland Competition Office|ORG|varnland-competition-office] <approved|approve|VERB|subj:Office,obj:merger> the [120 mln crown|MONEY|120000000] merger of two regional dairies, saying milk prices would not rise.
The dairies <said|say|VERB|subj:dairies> they would close one plant.""",
    "2031-06-03",
)
WIRE_MERGER_2 = (
    "wire-merger-2",
    """# NORTHERN DAIRIES GET GO-AHEAD TO COMBINE
ELDEN, June 3 - Regulators <approved|approve|VERB|subj:Regulators,obj:deal> a [120 mln crown|MONEY|120000000] deal joining the north's two largest milk processors, the [Varnland Competition Office|ORG|varnland-competition-office] said.
Farmers <welcomed|welcome|VERB|subj:Farmers> the ruling.""",
    "2031-06-03",
)
WIRE_AGENCY = (WIRE_TARIFFS, WIRE_MERGER, WIRE_MERGER_2)

# A head of government named in two stories from one capital (an aid programme; a
# visitor's talks on acid rain): a generic participant, not one happening.
WIRE_AID = (
    "wire-aid",
    """# [ORLAND|GPE|orland] GOVERNMENT UNVEILS AID FOR HILL FARMERS
KESTA, May 2 - The government of President [Mira Oberin|PERSON|mira-oberin] <announced|announce|VERB|subj:government,obj:programme> a three-year programme of grants for hill farmers hit by drought.
Farm unions <said|say|VERB|subj:unions> the grants came too late for this harvest.""",
    "2031-05-02",
)
WIRE_ACID = (
    "wire-acid",
    """# VISITING MINISTER EXPECTS ACTION ON ACID RAIN
KESTA, May 2 - Visiting foreign minister Tor Lindqvist said President [Mira Oberin|PERSON|mira-oberin] <announced|announce|VERB|subj:Oberin,obj:talks> talks on acid rain drifting across the border after their meeting.
He <said|say|VERB|subj:He> emissions from smelters were the main cause.""",
    "2031-05-02",
)
WIRE_ACID_2 = (
    "wire-acid-2",
    """# [ORLAND|GPE|orland] AGREES TO ACID RAIN TALKS
KESTA, May 2 - Talks on acid rain drifting across the border from smelters were <announced|announce|VERB|obj:Talks> after President [Mira Oberin|PERSON|mira-oberin] met the visiting foreign minister.
Officials <said|say|VERB|subj:Officials> the first round would be held in June.""",
    "2031-05-02",
)
WIRE_CAPITAL = (WIRE_AID, WIRE_ACID, WIRE_ACID_2)

# A navy's capture of pirates told by three sources; two recall, each once, happenings of
# weeks before (a mother ship sunk "last month"; a tanker seized in the gulf on a day a
# month before the reports): background, not the capture.
CAPTURE_1 = (
    "capture-wire",
    """# Navy captures 23 pirates in Gulf of Serra
TALMA, Nov 15 (Wire) - The [Varnland|GPE|varnland] navy <captured|capture|VERB|subj:navy,obj:pirates> 23 pirates who <attacked|attack|VERB|subj:who,obj:freighter> a freighter in the [Gulf of Serra|LOC|gulf-of-serra] on [Saturday|DATE|2031-11-15], the navy said.
Commandos from the frigate [Osprey|ORG|osprey] <boarded|board|VERB|subj:Commandos,obj:dhow> the pirates' dhow and <seized|seize|VERB|obj:rifles> rifles.
[Last month|DATE|], the [Varnland|GPE|varnland] navy <sank|sink|VERB|subj:navy,obj:ship,time:Last> a pirate mother ship in the [Gulf of Serra|LOC|gulf-of-serra] after pirates attacked a freighter.""",
    "2031-11-15",
)
CAPTURE_2 = (
    "capture-tv",
    """# Varnland navy foils pirate attack, captures 23
The [Varnland|GPE|varnland] navy <foiled|foil|VERB|subj:navy,obj:attack> a pirate attack on a freighter in the [Gulf of Serra|LOC|gulf-of-serra] on [Saturday|DATE|2031-11-15] and <captured|capture|VERB|subj:navy,obj:pirates> 23 pirates.
Commandos from the [Osprey|ORG|osprey] <boarded|board|VERB|subj:Commandos,obj:dhow> the dhow and <seized|seize|VERB|obj:weapons> weapons.
Pirates <hijacked|hijack|VERB|subj:Pirates,obj:tanker,prep:on:October> a tanker and its crew in the [Gulf of Serra|LOC|gulf-of-serra] on [October 9|DATE|2031-10-09], the navy said.""",
    "2031-11-16",
)
CAPTURE_3 = (
    "capture-blog",
    """# 23 pirates captured after attack on freighter
Navy commandos <captured|capture|VERB|obj:pirates> 23 pirates after they <attacked|attack|VERB|subj:they,obj:freighter> a freighter in the [Gulf of Serra|LOC|gulf-of-serra] on [Saturday|DATE|2031-11-15].
The pirates were <taken|take|VERB|obj:pirates> aboard the [Osprey|ORG|osprey] with their rifles.""",
    "2031-11-16",
)
CAPTURES = (CAPTURE_1, CAPTURE_2, CAPTURE_3)
# A web page on the capture: a line that only dates the page, a reader's exclamation and a
# list of what was seized, none of which tells the capture, beside the sentences that do.
CAPTURE_PAGE = (
    "capture-page",
    """# Navy commandos capture 23 pirates after attack on freighter
[Saturday, November 15, 2031|DATE|2031-11-15]
Navy commandos <captured|capture|VERB|obj:pirates> 23 pirates after they <attacked|attack|VERB|subj:they,obj:freighter> a freighter in the [Gulf of Serra|LOC|gulf-of-serra] on [Saturday|DATE|2031-11-15].
Commandos from the frigate [Osprey|ORG|osprey] <boarded|board|VERB|subj:Commandos,obj:dhow> the pirates' dhow.
They <seized|seize|VERB|subj:They,obj:rifles> rifles and ammunition, the navy said.
The pirates were <taken|take|VERB|obj:pirates> aboard the [Osprey|ORG|osprey].
Pirates <captured|capture|VERB|obj:Pirates>!
Rifles, ammunition, a dhow and pirates from the Gulf.""",
    "2031-11-16",
)

# Two forecasts filed from one city on one day (wire copy): a country's imports rising and
# an industry's decline. "He declined to give figures" tells no decline; a rise and a
# decline are two moves. Two desks' reports of the decline are one.
WIRE_IMPORTS = (
    "wire-imports",
    """# [VARNLAND|GPE|varnland] SECOND QUARTER IMPORTS SEEN RISING
PORT EDAN, May 4 - [Varnland|GPE|varnland]'s imports in the second quarter are <expected|expect|VERB|obj:imports> to <rise|rise|VERB|=xcomp> to [7.7 billion dlrs|MONEY|7700000000] from 5.8 billion a year earlier, the statistics department <said|say|VERB|subj:department>.
Exports are <expected|expect|VERB|obj:Exports> to <climb|climb|VERB|=xcomp> as well, the department said.
He <declined|decline|VERB|subj:He> to <give|give|VERB|obj:figures,=xcomp> figures.""",
    "2031-05-04",
)
WIRE_SHIPBREAKING = (
    "wire-shipbreaking",
    """# [VARNLAND|GPE|varnland] SEES SHARP DECLINE IN SHIPBREAKING
PORT EDAN, May 4 - [Varnland|GPE|varnland]'s shipbreaking industry is <expected|expect|VERB|obj:industry> to <decline|decline|VERB|=xcomp> sharply this year because of keener competition and dearer scrap, industry sources said.
Breakers <predicted|predict|VERB|subj:Breakers,obj:decline> a 20 pct <decline|decline|NOUN> in scrapping this year.
He said he expected further <declines|decline|NOUN> in later months but did not <give|give|VERB|obj:figures> figures.""",
    "2031-05-04",
)
WIRE_SHIPBREAKING_2 = (
    "wire-shipbreaking-2",
    """# VARNLAND SHIPBREAKERS EXPECT FEWER SHIPS TO SCRAP
PORT EDAN, May 4 - Shipbreakers in [Varnland|GPE|varnland] expect their scrapping to <decline|decline|VERB|=xcomp> sharply this year as competition grows keener, industry sources said.
Breakers <predicted|predict|VERB|subj:Breakers,obj:decline> a 20 pct <decline|decline|NOUN> in scrapping this year.""",
    "2031-05-04",
)
WIRE_FORECASTS = (WIRE_IMPORTS, WIRE_SHIPBREAKING, WIRE_SHIPBREAKING_2)

# One issuer's two bond issues of one day, of one size, in two currencies (wire copy):
# two happenings; two desks' reports of the guilder issue are one.
WIRE_BOND_GUILDERS = (
    "wire-bond-guilders",
    """# [NORDVALE FUND|ORG|nordvale-fund] PLANS 250 MLN GUILDER BOND
AMSTEL, June 4 - The [Nordvale Fund|ORG|nordvale-fund] is <planning|plan|VERB|subj:Fund,obj:bond> a [250 mln guilder|MONEY|250000000:NLG] 6.5 pct bond due 1996, lead manager [Keizer Bank|ORG|keizer-bank] said.
The issue will be priced next week.""",
    "2031-06-04",
)
WIRE_BOND_CROWNS = (
    "wire-bond-crowns",
    """# [NORDVALE FUND|ORG|nordvale-fund] ISSUES 250 MLN DANISH CROWN BOND
HAVNBY, June 4 - The [Nordvale Fund|ORG|nordvale-fund] <issued|issue|VERB|subj:Fund,obj:bond> a [250 mln Danish crown|MONEY|250000000:DKK] bond paying 10 pct, lead manager [Strand Bank|ORG|strand-bank] said.
The bond is listed in the capital.""",
    "2031-06-04",
)
WIRE_BOND_GUILDERS_2 = (
    "wire-bond-guilders-2",
    """# [NORDVALE FUND|ORG|nordvale-fund] TO TAP GUILDER MARKET
AMSTEL, June 4 - The [Nordvale Fund|ORG|nordvale-fund] is <planning|plan|VERB|subj:Fund,obj:bond> a [250 mln guilder|MONEY|250000000:NLG] bond due 1996 led by [Keizer Bank|ORG|keizer-bank], bankers said.
Pricing is set for next week.""",
    "2031-06-04",
)
WIRE_BONDS = (WIRE_BOND_CROWNS, WIRE_BOND_GUILDERS, WIRE_BOND_GUILDERS_2)

# One issuer's dollar bond and its Swiss franc notes of one day and one size (two
# dollar-like currencies, which web reports of one sum may each give): wire copy states
# each sum in the currency it was set in, so two issues; two desks' dollar reports are one.
WIRE_BOND_DOLLARS = (
    "wire-bond-dollars",
    """# [KESTREL TRUST|ORG|kestrel-trust] ISSUES CONVERTIBLE EUROBOND
CANTON, May 12 (Newswire) - The [Kestrel Trust|ORG|kestrel-trust] is <issuing|issue|VERB|subj:Trust,obj:eurobond> a [100 mln dlr|MONEY|100000000] convertible eurobond due 2002 paying two pct, lead manager [Harbour Securities|ORG|harbour-securities] said.
The selling concession is 1-1/2 pct.""",
    "2031-05-12",
)
WIRE_BOND_FRANCS = (
    "wire-bond-francs",
    """# [KESTREL TRUST|ORG|kestrel-trust] ISSUES 100 MLN SWISS FRANC CONVERTIBLE
BERNHOLM, May 12 (Newswire) - The [Kestrel Trust|ORG|kestrel-trust] is <issuing|issue|VERB|subj:Trust,obj:notes> [100 mln Swiss francs|MONEY|100000000:CHF] of convertible notes due 1992, paying 1-1/4 pct, lead manager [Alpen Bank|ORG|alpen-bank] said.
The notes are convertible from June.""",
    "2031-05-12",
)
WIRE_BOND_DOLLARS_2 = (
    "wire-bond-dollars-2",
    """# [KESTREL TRUST|ORG|kestrel-trust] TAPS EUROBOND MARKET
CANTON, May 12 - The [Kestrel Trust|ORG|kestrel-trust] is <issuing|issue|VERB|subj:Trust,obj:eurobond> a [100 mln dlr|MONEY|100000000] convertible eurobond due 2002 led by [Harbour Securities|ORG|harbour-securities], bankers said.
The coupon is indicated at two pct.""",
    "2031-05-12",
)
WIRE_BONDS_DOLLAR_LIKE = (WIRE_BOND_FRANCS, WIRE_BOND_DOLLARS, WIRE_BOND_DOLLARS_2)

# One bank's news conference told as three wire stories of one day (a profit outlook, a
# new subsidiary, its chairman's call for lower rates), each lead opening with the
# chairman's title; a money market report quotes the rate call. The title's word
# ("management") is no happening: the outlook and the subsidiary are two; the call and
# its quote are one. ("said", which nearly every wire story says, is left unmarked: a
# large corpus's verb of saying weighs too little to anchor anything.)
WIRE_OUTLOOK = (
    "wire-outlook",
    """# [HALDEN BANK|ORG|halden-bank] SEES LOWER OPERATING PROFIT
PORT EDAN, April 1 - [Halden Bank|ORG|halden-bank] <management|management|NOUN|=compound> board chairman [Arne Voss|PERSON|arne-voss] said the bank <expected|expect|VERB|subj:bank> full year operating profit to be lower.
Provisions for problem loans were raised, he said.""",
    "2031-04-01",
)
WIRE_SUBSIDIARY = (
    "wire-subsidiary",
    """# [HALDEN BANK|ORG|halden-bank] TO FOUND SECURITIES HOUSE ABROAD
PORT EDAN, April 1 - [Halden Bank|ORG|halden-bank] <management|management|NOUN|=compound> board chairman [Arne Voss|PERSON|arne-voss] said the bank would <found|found|VERB|subj:bank,obj:subsidiary> a securities subsidiary in [Calder|GPE|calder] this year.
Trading staff would move there in the summer.""",
    "2031-04-01",
)
WIRE_RATE_CALL = (
    "wire-rate-call",
    """# VOSS SAYS MONEY MARKET RATES SHOULD FALL
PORT EDAN, April 1 - The central bank should <reduce|reduce|VERB|obj:rates> money market rates to <protect|protect|VERB|obj:crown> the crown, [Halden Bank|ORG|halden-bank] <management|management|NOUN|=compound> board chairman [Arne Voss|PERSON|arne-voss] said.
He did not mean a cut in leading rates.""",
    "2031-04-01",
)
WIRE_CALL_MONEY = (
    "wire-call-money",
    """# CALL MONEY EASES AT MONTH START
PORT EDAN, April 1 - Call money <eased|ease|VERB|subj:money> to 3.8 pct in quiet trading, dealers said.
[Halden Bank|ORG|halden-bank] <management|management|NOUN|=compound> board chairman [Arne Voss|PERSON|arne-voss] <called|call|VERB|subj:Voss> on the central bank to <reduce|reduce|VERB|obj:rates> money market rates to <protect|protect|VERB|obj:crown> the crown.""",
    "2031-04-01",
)
WIRE_CONFERENCE = (WIRE_OUTLOOK, WIRE_SUBSIDIARY, WIRE_RATE_CALL, WIRE_CALL_MONEY)

# The same in web news (no dateline): a utility's franc bond and its krona bond.
WEB_BOND_FRANCS = (
    "web-bond-francs",
    """# Halden Power sells 200 million Swiss franc bond
[Halden Power|ORG|halden-power] has <sold|sell|VERB|subj:Power,obj:bond> a [200 million Swiss franc|MONEY|200000000:CHF] bond to fund its new grid, the utility said on [Tuesday|DATE|2031-09-02].
Demand came mostly from pension funds.""",
    "2031-09-03",
)
WEB_BOND_KRONOR = (
    "web-bond-kronor",
    """# Halden Power sells 200 million krona bond
[Halden Power|ORG|halden-power] has <sold|sell|VERB|subj:Power,obj:bond> a [200 million Swedish krona|MONEY|200000000:SEK] bond to fund its new grid, the utility said on [Tuesday|DATE|2031-09-02].
The notes were priced at par.""",
    "2031-09-03",
)
WEB_BOND_FRANCS_2 = (
    "web-bond-francs-2",
    """# Halden Power taps Swiss market for grid
The grid operator [Halden Power|ORG|halden-power] <sold|sell|VERB|subj:Power,obj:bond> a [200 million Swiss franc|MONEY|200000000:CHF] bond on [Tuesday|DATE|2031-09-02] to fund its new grid.
Pension funds bought most of it.""",
    "2031-09-03",
)
WEB_BONDS = (WEB_BOND_KRONOR, WEB_BOND_FRANCS, WEB_BOND_FRANCS_2)

# One bank's two happenings of one day, told by two wire stories whose leads join (the
# same chairman, the same words): a sentence of the second's body tied to the first only
# by the bank's name stays out of the first's event.
WIRE_BANK_PROFIT = (
    "wire-bank-profit",
    """# [ORSK BANK|ORG|orsk-bank] SEES LOWER PROFIT THIS YEAR
MARLO, May 5 - [Orsk Bank|ORG|orsk-bank] management board chairman [Edvin Hale|PERSON|edvin-hale] <said|say|VERB|subj:Hale> the bank <expects|expect|VERB|subj:bank,obj:profit> operating profit this year to be lower.
Interest income <fell|fall|VERB|subj:income> in the first two months, [Edvin Hale|PERSON|edvin-hale] said.
The bank <expects|expect|VERB|subj:bank> costs to rise as it grows its securities trading.""",
    "2031-05-05",
)
WIRE_BANK_UNIT = (
    "wire-bank-unit",
    """# [ORSK BANK|ORG|orsk-bank] TO FOUND OVERSEAS SECURITIES HOUSE
MARLO, May 5 - [Orsk Bank|ORG|orsk-bank] management board chairman [Edvin Hale|PERSON|edvin-hale] <said|say|VERB|subj:Hale> the bank <expects|expect|VERB|subj:bank,obj:house> to found a securities house abroad this year.
He told reporters the house would widen its business overseas.
Its dealers would be hired in the coming months.
A small office already trades bonds for clients there.
It would also be a further step in [Orsk Bank|ORG|orsk-bank]'s full entry into global trading around the clock.
Currency dealing had begun at a new branch, he added.""",
    "2031-05-05",
)

# Template reports of one day filed from two cities, their doers unnamed or different:
# one country's exports and another's feed output fell; one currency opened easier in one
# city, another currency in another. Two desks' reports of one of them (filed from one
# city) are one happening; a report of it from another city names its doer.
WIRE_EXPORTS = (
    "wire-exports",
    """# VALDIA GRAIN EXPORTS FALL IN MAY
KORSA, June 3 - Grain exports <fell|fall|VERB|subj:exports> to 120,000 tonnes in May from 150,000 tonnes in April and 131,000 tonnes a year earlier, government figures <showed|show|VERB|subj:figures>.
Wheat made up most of the shipments.""",
    "2031-06-03",
)
WIRE_FEED = (
    "wire-feed",
    """# DRAVIA FEED OUTPUT FALLS IN MAY
OSTRA, June 3 - Compound feed output <fell|fall|VERB|subj:output> to 40,000 tonnes in May from 52,000 tonnes in April and 41,000 tonnes a year earlier, government figures <showed|show|VERB|subj:figures>.
Sales of pig feed held steady.""",
    "2031-06-03",
)
WIRE_EXPORTS_2 = (
    "wire-exports-2",
    """# VALDIA MAY GRAIN SHIPMENTS DOWN
KORSA, June 3 - Valdia's grain exports <fell|fall|VERB|subj:exports> to 120,000 tonnes in May from 150,000 tonnes in April, the government figures <showed|show|VERB|subj:figures>.
Shipments to the south were lowest.""",
    "2031-06-03",
)
WIRE_MONTHLY = (WIRE_FEED, WIRE_EXPORTS, WIRE_EXPORTS_2)

WIRE_CROWN_OPENS = (
    "wire-crown-opens",
    """# CROWN OPENS EASIER IN MARLO
MARLO, June 4 - The crown <opened|open|VERB|subj:crown> easier at 6.20 to the dollar in quiet early trade, dealers <said|say|VERB|subj:dealers>.
Traders awaited the trade figures due later in the week.""",
    "2031-06-04",
)
WIRE_PESO_OPENS = (
    "wire-peso-opens",
    """# PESO OPENS EASIER IN SOLLEN
SOLLEN, June 4 - The peso <opened|open|VERB|subj:peso> easier at 81.40 to the dollar in quiet early trade, dealers <said|say|VERB|subj:dealers>.
Exporters sold dollars near the close.""",
    "2031-06-04",
)
WIRE_CROWN_OPENS_2 = (
    "wire-crown-opens-2",
    """# MARLO CROWN EASES AT THE OPENING
MARLO, June 4 - The crown <opened|open|VERB|subj:crown> easier at 6.20 to the dollar, dealers <said|say|VERB|subj:dealers>, in quiet early trade.
Little business was seen before noon.""",
    "2031-06-04",
)
WIRE_OPENINGS = (WIRE_PESO_OPENS, WIRE_CROWN_OPENS, WIRE_CROWN_OPENS_2)

# One ministry's forecasts for two years, told on one day from one city: growth this year
# and growth next year are two happenings (two years that meet are not one). Two desks'
# reports of this year's forecast are one.
WIRE_GROWTH_THIS_YEAR = (
    "wire-growth-this-year",
    """# ARVALIA SEES TWO PCT GROWTH IN [2031|DATE|2031]
MARLO, June 5 - The economy of [Arvalia|GPE|arvalia] will <grow|grow|VERB|subj:economy,prep:in:2031> by about two pct in [2031|DATE|2031], the same as last year, Finance Minister [Ola Brenn|PERSON|ola-brenn] <said|say|VERB|subj:Brenn>.
Weaker exports held growth back, he said.""",
    "2031-06-05",
)
WIRE_GROWTH_NEXT_YEAR = (
    "wire-growth-next-year",
    """# ARVALIA ECONOMY SHOULD <GROW|grow|VERB|subj:ECONOMY,prep:in:2032> 2.5 PCT IN [2032|DATE|2032] - MINISTRY
MARLO, June 5 - The economy of [Arvalia|GPE|arvalia] should <grow|grow|VERB|subj:economy,prep:in:2032> by 2.5 pct in [2032|DATE|2032] as exports recover, the ministry headed by [Ola Brenn|PERSON|ola-brenn] <said|say|VERB|subj:ministry>.
Inflation would ease to two pct by the end of that year.""",
    "2031-06-05",
)
WIRE_GROWTH_THIS_YEAR_2 = (
    "wire-growth-this-year-2",
    """# BRENN SEES ONLY TWO PCT ARVALIAN GROWTH THIS YEAR
MARLO, June 5 - [Arvalia|GPE|arvalia]'s economy will probably <grow|grow|VERB|subj:economy,prep:in:2031> by about two pct in [2031|DATE|2031], Finance Minister [Ola Brenn|PERSON|ola-brenn] <said|say|VERB|subj:Brenn>.
He blamed weaker exports.""",
    "2031-06-05",
)
WIRE_GROWTH = (WIRE_GROWTH_NEXT_YEAR, WIRE_GROWTH_THIS_YEAR, WIRE_GROWTH_THIS_YEAR_2)

# One country's two statistics of one day, filed from one city, each closed by who
# published it ("government figures showed"): a verb that tells no happening is no anchor.
# Two desks' reports of the exports are one.
WIRE_STAT_DEFICIT = (
    "wire-stat-deficit",
    """# [TAVRIA|GPE|tavria] POSTS 40 MLN DLR MAY TRADE DEFICIT
KORSA, June 3 - [Tavria|GPE|tavria] <posted|post|VERB|subj:Tavria,obj:deficit> a trade <deficit|deficit|NOUN> of [40 mln dlrs|MONEY|40000000] in May against 31 mln in April, government <figures|figure|NOUN|=compound> <showed|show|VERB|subj:figures>.
Imports of machinery rose sharply.""",
    "2031-06-03",
)
WIRE_STAT_EXPORTS = (
    "wire-stat-exports",
    """# TAVRIAN FISH EXPORTS FALL IN MAY
KORSA, June 3 - Fish exports <fell|fall|VERB|subj:exports> to 52,000 tonnes in May from 61,000 tonnes in April, government <figures|figure|NOUN|=compound> <showed|show|VERB|subj:figures>.
Most went to southern ports.""",
    "2031-06-03",
)
WIRE_STAT_EXPORTS_2 = (
    "wire-stat-exports-2",
    """# TAVRIA MAY FISH SHIPMENTS DOWN
KORSA, June 3 - Tavrian fish exports <fell|fall|VERB|subj:exports> to 52,000 tonnes in May, the fisheries bureau's <data|data|NOUN|=compound> <showed|show|VERB|subj:data>.
Shipments to the south were lowest.""",
    "2031-06-03",
)
WIRE_STATISTICS = (WIRE_STAT_DEFICIT, WIRE_STAT_EXPORTS, WIRE_STAT_EXPORTS_2)

# One official's two statements of one day, filed from one city, each lead naming him by
# his title ("Finance Minister Ola Brenn"): the ministry in his title is no second name the
# two stories share. Two desks' reports of one statement are one.
WIRE_BRENN_BANK = (
    "wire-brenn-bank",
    """# BRENN SAYS ARVALIA OPPOSES SALE OF STATE BANK
MARLO, June 8 - [Finance|ORG|finance] Minister [Ola Brenn|PERSON|ola-brenn] <said|say|VERB|subj:Brenn> [Arvalia|GPE|arvalia] <opposes|oppose|VERB|subj:Arvalia,obj:sale> the sale of the [Crown Savings Bank|ORG|crown-savings-bank] to foreign buyers.
[Brenn|PERSON|ola-brenn] <told|tell|VERB|subj:Brenn,obj:committee> a parliamentary committee the position was final.""",
    None,
)
WIRE_BRENN_VETO = (
    "wire-brenn-veto",
    """# BRENN SAYS ARVALIA NOT SEEKING VETO AT DEVELOPMENT BANK
MARLO, June 8 - [Finance|ORG|finance] Minister [Ola Brenn|PERSON|ola-brenn] <said|say|VERB|subj:Brenn> [Arvalia|GPE|arvalia] was not <seeking|seek|VERB|subj:Arvalia,obj:veto> a loan veto in its negotiation for voting power at the [Southern Development Bank|ORG|southern-development-bank].
Discussing the negotiation, [Brenn|PERSON|ola-brenn] <said|say|VERB|subj:Brenn> the members that pay in the most should have the greatest say over loans.""",
    None,
)
WIRE_BRENN_VETO_2 = (
    "wire-brenn-veto-2",
    """# ARVALIA NOT SEEKING LOAN VETO, BRENN SAYS
MARLO, June 8 - [Arvalia|GPE|arvalia] is not <seeking|seek|VERB|subj:Arvalia,obj:veto> a loan veto in its negotiation for voting power at the [Southern Development Bank|ORG|southern-development-bank], [Finance|ORG|finance] Minister [Ola Brenn|PERSON|ola-brenn] <said|say|VERB|subj:Brenn>.
He <said|say|VERB|subj:He> the members that pay in the most should have the greatest say.""",
    None,
)
WIRE_MINISTER = (WIRE_BRENN_BANK, WIRE_BRENN_VETO, WIRE_BRENN_VETO_2)

# The same of a central bank's governor: his call on rates and his word on new banknotes.
WIRE_VELT_NOTES = (
    "wire-velt-notes",
    """# VELT SAYS NEW BANKNOTES DUE NEXT YEAR
KORSA, July 2 - [Central Bank|ORG|central-bank] Governor [Ana Velt|PERSON|ana-velt] <said|say|VERB|subj:Velt> new banknotes with better security marks would be <issued|issue|VERB|obj:banknotes> next year.
[Velt|PERSON|ana-velt] <told|tell|VERB|subj:Velt,obj:reporters> reporters the designs were chosen.""",
    None,
)
WIRE_VELT_RATES = (
    "wire-velt-rates",
    """# VELT SEES NO NEED TO RAISE RATES
KORSA, July 2 - [Central Bank|ORG|central-bank] Governor [Ana Velt|PERSON|ana-velt] <said|say|VERB|subj:Velt> there was no need to <raise|raise|VERB|obj:rates> interest rates while inflation stayed below target.
Inflation <eased|ease|VERB|subj:Inflation> to 2.1 pct in June.""",
    None,
)
WIRE_VELT_RATES_2 = (
    "wire-velt-rates-2",
    """# CENTRAL BANK'S VELT RULES OUT RATE RISE
KORSA, July 2 - There is no need to <raise|raise|VERB|obj:rates> interest rates while inflation stays below target, [Central Bank|ORG|central-bank] Governor [Ana Velt|PERSON|ana-velt] <said|say|VERB|subj:Velt>.
She <said|say|VERB|subj:She> inflation eased to 2.1 pct in June.""",
    None,
)
WIRE_GOVERNOR = (WIRE_VELT_NOTES, WIRE_VELT_RATES, WIRE_VELT_RATES_2)

# One city's stock market on two days (a Friday and the Monday after): two sessions,
# however alike their template. Two desks' reports of the Monday session are one.
WIRE_STOCKS_FRIDAY = (
    "wire-stocks-friday",
    """# STOCKS PLUNGE IN EARLY KORSA TRADE
KORSA, June 10 - Share prices <plunged|plunge|VERB|subj:prices> in early trade as the crown hit a record low against the dollar, brokers <said|say|VERB|subj:brokers>.
Most sectors lost ground.""",
    None,
)
WIRE_STOCKS_MONDAY = (
    "wire-stocks-monday",
    """# KORSA STOCKS PLUNGE IN AFTERNOON TRADE
KORSA, June 13 - Share prices <plunged|plunge|VERB|subj:prices> sharply at the start of afternoon trade as investors took profits, brokers <said|say|VERB|subj:brokers>.
Banks led the fall.""",
    None,
)
WIRE_STOCKS_MONDAY_2 = (
    "wire-stocks-monday-2",
    """# KORSA SHARE PRICES PLUNGE ON PROFIT-TAKING
KORSA, June 13 - Share prices <plunged|plunge|VERB|subj:prices> at the start of afternoon trade as investors took profits, brokers <said|say|VERB|subj:brokers>.
Bank shares fell most.""",
    None,
)
WIRE_SESSIONS = (WIRE_STOCKS_FRIDAY, WIRE_STOCKS_MONDAY, WIRE_STOCKS_MONDAY_2)

# One city's central bank buying on two days, each day told under its own dateline, and
# nothing dated in the sentences: two happenings, one day apart. The second day's two
# reports are one, though the agency's clock dates one the evening before (the city's
# morning is the agency's night).
WIRE_BUYING_TUESDAY = (
    "wire-buying-tuesday",
    """# [OSTLAND|GPE|ostland] CENTRAL BANK <INTERVENES|intervene|VERB|subj:BANK> IN AFTERNOON
[KORSA|GPE|korsa], April 7 - The [Ostland central bank|ORG|ostland-central-bank] <intervened|intervene|VERB|subj:bank> in early afternoon trading to support the dollar against heavy selling by institutional investors, dealers <said|say|VERB|subj:dealers>.
The dollar ended little changed.""",
    "2031-04-07",
)
WIRE_BUYING_WEDNESDAY = (
    "wire-buying-wednesday",
    """# [OSTLAND|GPE|ostland] CENTRAL BANK <INTERVENES|intervene|VERB|subj:BANK> AFTER OPENING
[KORSA|GPE|korsa], April 8 - The [Ostland central bank|ORG|ostland-central-bank] <intervened|intervene|VERB|subj:bank> shortly after the opening, buying a small amount of dollars, dealers <said|say|VERB|subj:dealers>.
Trading was thin.""",
    "2031-04-07",
)
WIRE_BUYING_WEDNESDAY_2 = (
    "wire-buying-wednesday-2",
    """# [OSTLAND|GPE|ostland] CENTRAL BANK <INTERVENES|intervene|VERB|subj:BANK> AT OPENING
[KORSA|GPE|korsa], April 8 - The [Ostland central bank|ORG|ostland-central-bank] <intervened|intervene|VERB|subj:bank> just after the opening, buying a small amount of dollars, dealers <said|say|VERB|subj:dealers>.
Exporters sold dollars.""",
    "2031-04-08",
)
WIRE_BUYING_DAYS = (WIRE_BUYING_TUESDAY, WIRE_BUYING_WEDNESDAY, WIRE_BUYING_WEDNESDAY_2)

# One agency's weekly deposits of two maturities, told two days apart in one template with
# other yields. Two desks' reports of one week's yield are one.
WIRE_YIELD_SHORT = (
    "wire-yield-short",
    """# YIELD RISES ON 30-DAY DEPOSITS
TALMA, May 9 - The yield on 30-day deposits <issued|issue|VERB|obj:deposits> this week by the [Monetary Agency|ORG|monetary-agency] <rose|rise|VERB|subj:yield> to 5.96 pct from 5.79 pct, bankers <said|say|VERB|subj:bankers>.
Demand was steady.""",
    None,
)
WIRE_YIELD_LONG = (
    "wire-yield-long",
    """# YIELD ON 91-DAY DEPOSITS RISES
TALMA, May 11 - The yield on 91-day deposits <issued|issue|VERB|obj:deposits> this week by the [Monetary Agency|ORG|monetary-agency] <rose|rise|VERB|subj:yield> to 6.44 pct from 6.22 pct, bankers <said|say|VERB|subj:bankers>.
Banks bid for more than was offered.""",
    None,
)
WIRE_YIELD_LONG_2 = (
    "wire-yield-long-2",
    """# 91-DAY DEPOSIT YIELD UP
TALMA, May 11 - The yield on 91-day deposits <issued|issue|VERB|obj:deposits> by the [Monetary Agency|ORG|monetary-agency] this week <rose|rise|VERB|subj:yield> to 6.44 pct from 6.22 pct, bankers <said|say|VERB|subj:bankers>.
The agency offers such deposits each week.""",
    None,
)
WIRE_YIELDS = (WIRE_YIELD_SHORT, WIRE_YIELD_LONG, WIRE_YIELD_LONG_2)

# One warning told again two days later in the same words ("at the weekend"): one happening.
WIRE_WARNING = (
    "wire-warning",
    """# TAVRIA WARNS ORLAND IT MAY RETALIATE
KORSA, June 6 - [Tavria|GPE|tavria] <warned|warn|VERB|subj:Tavria,obj:Orland> [Orland|GPE|orland] it may take retaliatory measures if [Orland|GPE|orland] <imposes|impose|VERB|subj:Orland,obj:tariffs> its planned tariffs on steel, a senior official <said|say|VERB|subj:official>.
The two sides ended two days of talks without agreement.""",
    None,
)
WIRE_WARNING_AGAIN = (
    "wire-warning-again",
    """# TAVRIA WARNS ORLAND IT MAY RETALIATE IN STEEL ROW
KORSA, June 8 - [Tavria|GPE|tavria] <warned|warn|VERB|subj:Tavria,obj:Orland> [Orland|GPE|orland] it may take retaliatory measures if [Orland|GPE|orland] <imposes|impose|VERB|subj:Orland,obj:tariffs> its planned tariffs on steel, a senior official <said|say|VERB|subj:official> at the weekend.
Talks ended on Friday without agreement.""",
    None,
)

# Two issuers' bonds closed by one template's line ("The selling concession is ..."): no
# happening in common. The line in one bond's story sent twice stays that bond's.
WIRE_BOND_NORDA = (
    "wire-bond-norda",
    """# NORDA MOTOR ISSUES 35 BILLION YEN EUROBOND
LONDON, March 5 - [Norda Motor Co|ORG|norda-motor] is <issuing|issue|VERB|subj:Co,obj:eurobond> a [35 billion yen|MONEY|35000000000:JPY] eurobond due 1992 paying 4-7/8 pct, lead manager [Kessel Securities|ORG|kessel-securities] <said|say|VERB|subj:manager>.
The selling concession is 1-1/4 pct while management and underwriting combined <pays|pay|VERB|subj:underwriting> 5/8 pct.""",
    None,
)
WIRE_BOND_AMBER = (
    "wire-bond-amber",
    """# AMBER SAVINGS ISSUES 15 BILLION YEN EUROBOND
LONDON, March 5 - [Amber Savings Bank|ORG|amber-savings] is <issuing|issue|VERB|subj:Bank,obj:eurobond> a [15 billion yen|MONEY|15000000000:JPY] eurobond due 1992 paying five pct, lead manager [Kessel Securities|ORG|kessel-securities] <said|say|VERB|subj:manager>.
The selling concession is 1-1/4 pct while management and underwriting combined <pays|pay|VERB|subj:underwriting> 5/8 pct.""",
    None,
)
WIRE_BOND_AMBER_2 = (
    "wire-bond-amber-2",
    """# AMBER SAVINGS ISSUES 15 BILLION YEN EUROBOND
LONDON, March 5 - [Amber Savings Bank|ORG|amber-savings] is <issuing|issue|VERB|subj:Bank,obj:eurobond> a [15 billion yen|MONEY|15000000000:JPY] eurobond due 1992 paying five pct, lead manager [Kessel Securities|ORG|kessel-securities] <said|say|VERB|subj:manager>.
The selling concession is 1-1/4 pct while management and underwriting combined <pays|pay|VERB|subj:underwriting> 5/8 pct.""",
    None,
)
WIRE_BOILERPLATE = (WIRE_BOND_NORDA, WIRE_BOND_AMBER, WIRE_BOND_AMBER_2)

# One agency's weekly crop weather of two countries, in one template and one day: two
# happenings. Two desks' reports of one country's are one.
WIRE_WEATHER_ARGENTINA = (
    "wire-weather-argentina",
    """# ARGENTINA CROP WEATHER SUMMARY
WASHINGTON, March 17 - Dry weather <covered|cover|VERB|subj:weather> most crop areas of [Argentina|GPE|argentina] in the week ended March 14, the [Joint Weather Facility|ORG|joint-weather-facility] <said|say|VERB|subj:Facility>.
Harvesting went ahead.""",
    None,
)
WIRE_WEATHER_BRAZIL = (
    "wire-weather-brazil",
    """# BRAZIL CROP WEATHER SUMMARY
WASHINGTON, March 17 - Wet weather <covered|cover|VERB|subj:weather> most soybean areas of [Brazil|GPE|brazil] in the week ended March 14, the [Joint Weather Facility|ORG|joint-weather-facility] <said|say|VERB|subj:Facility>.
Soybeans benefited.""",
    None,
)
WIRE_WEATHER_BRAZIL_2 = (
    "wire-weather-brazil-2",
    """# WET WEEK FOR BRAZIL SOYBEANS
WASHINGTON, March 17 - Wet weather <covered|cover|VERB|subj:weather> most soybean areas in [Brazil|GPE|brazil] in the week to March 14, the [Joint Weather Facility|ORG|joint-weather-facility] <said|say|VERB|subj:Facility>.
The rain helped pods fill.""",
    None,
)
WIRE_WEATHER = (WIRE_WEATHER_ARGENTINA, WIRE_WEATHER_BRAZIL, WIRE_WEATHER_BRAZIL_2)

# One country's wheat sales to two countries announced in one template by one board.
WIRE_SALE_EGYPT = (
    "wire-sale-egypt",
    """# GRAIN BOARD SELLS WHEAT TO EGYPT
OTTAWA, April 2 - The [Grain Board|ORG|grain-board] <sold|sell|VERB|subj:Board,obj:tonnes> 200,000 tonnes of durum wheat to [Egypt|GPE|egypt] for shipment in May and June, the board <said|say|VERB|subj:board>.
Prices were not disclosed.""",
    None,
)
WIRE_SALE_MOROCCO = (
    "wire-sale-morocco",
    """# GRAIN BOARD SELLS WHEAT TO MOROCCO
OTTAWA, April 2 - The [Grain Board|ORG|grain-board] <sold|sell|VERB|subj:Board,obj:tonnes> 150,000 tonnes of durum wheat to [Morocco|GPE|morocco] for shipment in May and June, the board <said|say|VERB|subj:board>.
It was the second sale this year.""",
    None,
)
WIRE_SALE_MOROCCO_2 = (
    "wire-sale-morocco-2",
    """# MOROCCO BUYS DURUM WHEAT
OTTAWA, April 2 - [Morocco|GPE|morocco] bought 150,000 tonnes of durum wheat from the [Grain Board|ORG|grain-board] for shipment in May and June, the board <said|say|VERB|subj:board>, which <sold|sell|VERB|subj:which> it on credit.
No price was given.""",
    None,
)
WIRE_SALES = (WIRE_SALE_EGYPT, WIRE_SALE_MOROCCO, WIRE_SALE_MOROCCO_2)

# One headline template with one word swapped, filed from one city on one day: a desk's
# price lists for two meats (two happenings, their figures other), and a rewrite of one of
# them with another word in its headline and the same figures (one).
WIRE_TEMPLATE_BEEF = (
    "wire-template-beef",
    """# CASH WHOLESALE BEEF PRICES
ORVAL, April 7 - Cash wholesale beef prices <rose|rise|VERB|subj:prices> at the [Orval Meat Exchange|ORG|orval-meat-exchange] on [Tuesday|DATE|1987-04-07], the market board <said|say|VERB|subj:board>, in dlrs per hundredweight.
Choice steers [98.50 dlrs|MONEY|98.5], up [1.00 dlr|MONEY|1.0] from the previous session.
Cow beef [84.00 dlrs|MONEY|84], boneless [112.25 dlrs|MONEY|112.25].""",
    None,
)
WIRE_TEMPLATE_PORK = (
    "wire-template-pork",
    """# CASH WHOLESALE PORK PRICES
ORVAL, April 7 - Cash wholesale pork prices <rose|rise|VERB|subj:prices> at the [Orval Meat Exchange|ORG|orval-meat-exchange] on [Tuesday|DATE|1987-04-07], the market board <said|say|VERB|subj:board>, in dlrs per hundredweight.
Loins [104.00 dlrs|MONEY|104], up [2.50 dlrs|MONEY|2.5] from the previous session.
Bellies [61.75 dlrs|MONEY|61.75], hams [78.20 dlrs|MONEY|78.2].""",
    None,
)
WIRE_TEMPLATE_PORK_AGAIN = (
    "wire-template-pork-again",
    """# CASH WHOLESALE PORK PRICES CORRECTED
ORVAL, April 7 - Cash wholesale pork prices <rose|rise|VERB|subj:prices> at the [Orval Meat Exchange|ORG|orval-meat-exchange] on [Tuesday|DATE|1987-04-07], the market board <said|say|VERB|subj:board>, in dlrs per hundredweight, corrected.
Loins [104.00 dlrs|MONEY|104], up [2.50 dlrs|MONEY|2.5] from the previous session.
Bellies [61.75 dlrs|MONEY|61.75], hams [78.20 dlrs|MONEY|78.2].""",
    None,
)
WIRE_TEMPLATES = (WIRE_TEMPLATE_BEEF, WIRE_TEMPLATE_PORK, WIRE_TEMPLATE_PORK_AGAIN)

# One template filed from two cities on one morning, each headline naming its city, both
# citing one market service and stating one rise: two markets' trade, two happenings.
WIRE_MARKET_ORVAL = (
    "wire-market-orval",
    """# ORVAL HOGS UP 1.00 DLR - FARM SERVICE
ORVAL, April 7 - Barrow and gilt prices <rose|rise|VERB|subj:prices> [1.00 dlr|MONEY|1.0] in active trade, the [Farm Market Service|ORG|farm-market-service] <said|say|VERB|subj:Service>.
Top [52.50 dlrs|MONEY|52.5], receipts estimated at 4,000 head.""",
    None,
)
WIRE_MARKET_TESSA = (
    "wire-market-tessa",
    """# TESSA HOGS UP 1.00 DLR - FARM SERVICE
TESSA, April 7 - Barrow and gilt prices <rose|rise|VERB|subj:prices> [1.00 dlr|MONEY|1.0] in active trade, the [Farm Market Service|ORG|farm-market-service] <said|say|VERB|subj:Service>.
Top [51.75 dlrs|MONEY|51.75], receipts estimated at 2,500 head.""",
    None,
)

# One statistics office's releases of two prices for one month, filed days apart from one
# city, each told with its own shares; and another desk's report of the first release,
# with the same shares.
WIRE_RELEASE_WHOLESALE = (
    "wire-release-wholesale",
    """# VARNLAND WHOLESALE PRICES FALL IN FEBRUARY
ORVAL, March 13 - [Varnland|GPE|varnland] wholesale prices <fell|fall|VERB|subj:prices,prep:in:February> [0.4 pct|PERCENT|0.4] in [February|DATE|2031-02] from January to stand [6.9 pct|PERCENT|6.9] lower than a year earlier, the [Varnland Statistics Office|ORG|varnland-statistics-office] <said|say|VERB|subj:Office>.
Prices of heating oil and petrol fell most.""",
    None,
)
WIRE_RELEASE_IMPORT = (
    "wire-release-import",
    """# VARNLAND IMPORT PRICES DECLINE IN FEBRUARY
ORVAL, March 24 - [Varnland|GPE|varnland] import prices <fell|fall|VERB|subj:prices,prep:in:February> [0.7 pct|PERCENT|0.7] in [February|DATE|2031-02] from January to stand [15.6 pct|PERCENT|15.6] lower than a year earlier, the [Varnland Statistics Office|ORG|varnland-statistics-office] <said|say|VERB|subj:Office>.
Export prices were unchanged.""",
    None,
)
WIRE_RELEASE_WHOLESALE_2 = (
    "wire-release-wholesale-2",
    """# VARNLAND FEBRUARY WHOLESALE PRICES DOWN
ORVAL, March 13 - Wholesale prices in [Varnland|GPE|varnland] <fell|fall|VERB|subj:prices,prep:in:February> [0.4 pct|PERCENT|0.4] in [February|DATE|2031-02] compared with January and stood [6.9 pct|PERCENT|6.9] below their level a year ago, the [Varnland Statistics Office|ORG|varnland-statistics-office] <said|say|VERB|subj:Office>.
Heating oil and petrol led the fall.""",
    None,
)
WIRE_RELEASES = (WIRE_RELEASE_IMPORT, WIRE_RELEASE_WHOLESALE, WIRE_RELEASE_WHOLESALE_2)

# One statistics office's two releases of one day, their headlines telling moves the other
# way (one commodity's imports rose, another's fell): two happenings; another desk's
# report of the second, its headline worded otherwise, is the same one.
WIRE_IMPORTS_COCOA = (
    "wire-imports-cocoa",
    """# TARNISH COCOA BEAN IMPORTS RISE IN JANUARY
HEERLEN, March 2 - Tarnish <imports|import|NOUN> of cocoa beans <rose|rise|VERB|subj:imports> in January from December, the [Central Statistics Bureau|ORG|central-statistics-bureau] <said|say|VERB|subj:Bureau> in its monthly trade report.
Dealers expected the figures.""",
    None,
)
WIRE_IMPORTS_COFFEE = (
    "wire-imports-coffee",
    """# TARNISH GREEN COFFEE IMPORTS FALL IN JANUARY
HEERLEN, March 2 - Tarnish <imports|import|NOUN> of green coffee <fell|fall|VERB|subj:imports> in January from December, the [Central Statistics Bureau|ORG|central-statistics-bureau] <said|say|VERB|subj:Bureau> in its monthly trade report.
Dealers expected the figures.""",
    None,
)
WIRE_IMPORTS_COFFEE_AGAIN = (
    "wire-imports-coffee-again",
    """# TARNISH COFFEE IMPORTS LOWER IN JANUARY - BUREAU
HEERLEN, March 2 - Tarnish <imports|import|NOUN> of green coffee <fell|fall|VERB|subj:imports> in January from December, the [Central Statistics Bureau|ORG|central-statistics-bureau] <said|say|VERB|subj:Bureau> on Monday.
Dealers expected the figures.""",
    None,
)
WIRE_IMPORTS = (WIRE_IMPORTS_COCOA, WIRE_IMPORTS_COFFEE, WIRE_IMPORTS_COFFEE_AGAIN)

# One deal told the same day by each party's desk, from its own city, each headline
# naming its own company, each story naming the other party: one
# happening. Filed days apart, two such stories are a saga's two steps, kept apart.
WIRE_DEAL_LICENSOR = (
    "wire-deal-licensor",
    """# [KESTON|ORG|keston-industries] <KST> IN LICENSING PACT
DORWICH, May 6 - [Keston Industries Inc|ORG|keston-industries] said it <signed|sign|VERB|subj:Inc,obj:letter> a letter of intent to license its valve technology to [Marren Corp|ORG|marren] <MRN> of Ostland.
Under the agreement, [Marren|ORG|marren] will <pay|pay|VERB|subj:Marren,obj:sum> an undisclosed sum for the rights to test the valve technology through July.
[Keston|ORG|keston-industries] said [Marren|ORG|marren] will also have an option on worldwide rights to the valve technology.""",
    "2031-05-06",
)
WIRE_DEAL_LICENSEE = (
    "wire-deal-licensee",
    """# [MARREN|ORG|marren] SIGNS VALVE TECHNOLOGY LICENCE
LANTON, May 6 - [Marren Corp|ORG|marren] said it had <signed|sign|VERB|subj:Corp,obj:letter> a letter of intent to study the valve technology of [Keston Industries Inc|ORG|keston-industries] <KST>.
[Marren|ORG|marren] said the letter gives it an option on worldwide rights to the valve technology of [Keston|ORG|keston-industries] at the end of the study.""",
    "2031-05-06",
)

# One company's happening told under its parent's name ("... UNIT ...", its lead naming
# the unit) and under its own, the same day: one happening, though the two headlines'
# companies differ and neither story's is the other's subject. Told days apart, two.
WIRE_UNIT_PARENT = (
    "wire-unit-parent",
    """# [VARNEX|ORG|varnex] UNIT <VRX> LIFTS LOCKOUT
ARLTON, May 8 - [Haldane Meats Inc|ORG|haldane-meats] is <lifting|lift|VERB|subj:Inc,obj:lockout> a <lockout|lockout|NOUN> at its [Brenton|GPE|brenton] processing plant and <plans|plan|VERB|subj:Inc> to <resume|resume|VERB|obj:operations> operations on May 12, a union spokesman <said|say|VERB>.
[Haldane Meats|ORG|haldane-meats], a subsidiary of [Varnex Corp|ORG|varnex], <mailed|mail|VERB|subj:Meats,obj:letter> a letter to members of the union informing them the <lockout|lockout|NOUN> would be <lifted|lift|VERB|obj:lockout>.""",
    "2031-05-08",
)
WIRE_UNIT_OWN = (
    "wire-unit-own",
    """# [Haldane Meats|ORG|haldane-meats] lifts lockout at [Brenton|GPE|brenton] plant
ARLTON, May 8 - [Haldane Meats|ORG|haldane-meats] will <lift|lift|VERB|subj:Meats,obj:lockout> the <lockout|lockout|NOUN> at its [Brenton|GPE|brenton] processing plant and <resume|resume|VERB|subj:Meats,obj:operations> operations on May 12, the union <said|say|VERB|subj:union>.
[Haldane Meats|ORG|haldane-meats] <closed|close|VERB|subj:Meats,obj:plant> the plant in December after the union <threatened|threaten|VERB|subj:union> to <disrupt|disrupt|VERB|obj:operations> operations.""",
    "2031-05-08",
)

# One person's resignation told by two desks from two cities, under headlines about other
# matters (his plea, the regulator's charges), in few words alike: the act and its doer are
# what the two leads share. His firm's new chief, the same day and city, is another
# happening that names him.
WIRE_WREN_SUCCESSOR = (
    "wire-wren-successor",
    """# HARLAN GROUP NAMES PIKE CHIEF EXECUTIVE
LORNE, May 3 - [Harlan Group Inc|ORG|harlan] said president [Ada Pike|PERSON|ada-pike] will <assume|assume|VERB|subj:Pike,obj:duties> the added duties of chief executive, which [Tobias Wren|PERSON|tobias-wren] <held|hold|VERB|subj:Wren>.
[Pike|PERSON|ada-pike] <joined|join|VERB|subj:Pike,obj:firm> the firm in 2020.""",
    "2031-05-03",
)
WIRE_WREN_QUITS = (
    "wire-wren-quits",
    """# HARLAN CHAIRMAN PLEADING GUILTY, QUITS
LORNE, May 3 - [Harlan Group Inc|ORG|harlan] said founder and chairman [Tobias K. Wren|PERSON|tobias-wren] has <resigned|resign|VERB|subj:Wren> and <intends|intend|VERB|subj:Wren> to <plead|plead|VERB> guilty to two counts of securities fraud.
The company said neither [Wren|PERSON|tobias-wren] nor the company ever <engaged|engage|VERB> in insider trading.""",
    "2031-05-03",
)
WIRE_WREN_CHARGES = (
    "wire-wren-charges",
    """# REGULATOR DETAILS CHARGES AGAINST WREN
CASTINE, May 3 - Federal regulators <said|say|VERB> [Tobias Wren|PERSON|tobias-wren], who <resigned|resign|VERB|subj:Wren> as head of his brokerage firm, <took|take|VERB|subj:Wren> part in schemes to <manipulate|manipulate|VERB> the price of a stock.
In a civil complaint, the [Commission|ORG|commission] <said|say|VERB|subj:Commission> the firm <bought|buy|VERB|subj:firm> four blocks of the stock near the close.""",
    "2031-05-03",
)
WIRE_RESIGNATION = (WIRE_WREN_SUCCESSOR, WIRE_WREN_QUITS, WIRE_WREN_CHARGES)

# One navy's shelling of another country's ship, told the same day by each country's
# capital, no specific name in common: the two countries (a place, a people) say who acted
# and on whom. Another shelling of the day, told from a third city, is of two other
# countries.
WIRE_SHELLING_OTHER = (
    "wire-shelling-other",
    """# ARTILLERY SHELLS BORDER VILLAGE
NICOSIA, Jun 9 - [Syrian|NORP|syrian] artillery <shelled|shell|VERB|obj:village> a [Lebanese|NORP|lebanese] border village on [Monday|DATE|2031-06-09], wounding four farmers, a security source <said|say|VERB>.
The source <said|say|VERB> the guns fell silent by nightfall.""",
    "2031-06-09",
)
WIRE_SHELLING_PROTEST = (
    "wire-shelling-protest",
    """# GREECE PROTESTS SHELLING OF SUPPLY SHIP
ATHENS, Jun 9 - [Turkish|NORP|turkish] warships <shelled|shell|VERB|obj:ship> a [Greek|NORP|greek] supply ship in the northern [Aegean|LOC|aegean] on [Monday|DATE|2031-06-09], the defence ministry <said|say|VERB>.
The ministry <summoned|summon|VERB|obj:ambassador> the ambassador to lodge a protest.""",
    "2031-06-09",
)
WIRE_SHELLING_ANSWER = (
    "wire-shelling-answer",
    """# TURKEY SAYS WARSHIPS SHELLED SUPPLY SHIP
ANKARA, Jun 9 - [Turkey|GPE|turkey] <said|say|VERB> its warships <shelled|shell|VERB|subj:warships,obj:ship> a [Greek|NORP|greek] supply ship in the northern [Aegean|LOC|aegean] on [Monday|DATE|2031-06-09] after the ship <ignored|ignore|VERB|obj:warnings> warnings.
Officials <declined|decline|VERB> further comment on the supply ship.""",
    "2031-06-09",
)
WIRE_SHELLING = (WIRE_SHELLING_OTHER, WIRE_SHELLING_PROTEST, WIRE_SHELLING_ANSWER)

# One company's quarter told twice the same day: its results table (no verb, lines of
# figures) and a story that states the same figures in a sentence; another company's
# table of the day with some figures alike, and the company's table of another quarter.
WIRE_TABLE_ORVELL = (
    "table-orvell",
    """# [ORVELL INSTRUMENTS|ORG|orvell-instruments] <ORV> 3RD QTR NET
LANVIK, Oct 20 - Shr 1.47 dlrs vs 1.82 dlrs
Net [147.3 mln|MONEY|147300000] vs [183.6 mln|MONEY|183600000]
Revs [2.41 billion|MONEY|2410000000] vs [2.17 billion|MONEY|2170000000]
Avg <shrs|shr|VERB|> [100,213,000|CARDINAL|100213000:share] vs [100,877,000|CARDINAL|100877000:share]""",
    "2031-10-20",
)
WIRE_STORY_ORVELL = (
    "story-orvell",
    """# [ORVELL INSTRUMENTS|ORG|orvell-instruments] <ORV> SEES STRONGER FOURTH QUARTER
LANVIK, Oct 20 - [Orvell Instruments Corp|ORG|orvell-instruments] <expects|expect|VERB|subj:Corp,obj:quarter> a stronger fourth quarter after its third quarter net income <fell|fall|VERB|subj:income> to [147.3 mln dlrs|MONEY|147300000] from [183.6 mln dlrs|MONEY|183600000] on revenues of [2.41 billion dlrs|MONEY|2410000000].
The company <blamed|blame|VERB|subj:company,obj:orders> weaker export orders.""",
    "2031-10-20",
)
WIRE_TABLE_BRANDT = (
    "table-brandt",
    """# [BRANDT MILLS|ORG|brandt-mills] <BRM> 3RD QTR NET
HARLOW, Oct 20 - Shr 42 cts vs 38 cts
Net [147.3 mln|MONEY|147300000] vs [183.6 mln|MONEY|183600000]
Revs [812.4 mln|MONEY|812400000] vs [790.1 mln|MONEY|790100000]""",
    "2031-10-20",
)
WIRE_STORY_ORVELL_LATER = (
    "story-orvell-later",
    """# [ORVELL INSTRUMENTS|ORG|orvell-instruments] <ORV> RECALLS ITS QUARTER
LANVIK, Oct 24 - [Orvell Instruments Corp|ORG|orvell-instruments] <said|say|VERB|subj:Corp> its third quarter net income <fell|fall|VERB|subj:income> to [147.3 mln dlrs|MONEY|147300000] from [183.6 mln dlrs|MONEY|183600000].""",
    "2031-10-24",
)
# The table sent again under another headline, a row's word misread as a verb.
WIRE_TABLE_ORVELL_AGAIN = (
    "table-orvell-again",
    """# [ORVELL INSTRUMENTS|ORG|orvell-instruments] <ORV> THIRD QUARTER RESULTS
LANVIK, Oct 20 - Shr 1.47 dlrs vs 1.82 dlrs
Net [147.3 mln|MONEY|147300000] vs [183.6 mln|MONEY|183600000]
Sales [2.41 billion|MONEY|2410000000] vs [2.17 billion|MONEY|2170000000]
Avg <shrs|shr|VERB|> [100,213,000|CARDINAL|100213000:share] vs [100,877,000|CARDINAL|100877000:share]""",
    "2031-10-20",
)

# A chairman's resignation, then, two days on, a story of his successor that recalls it
# as announced before (wire copy), and one that names the resignation without saying so.
WIRE_CHAIR_RESIGNS = (
    "wire-chair-resigns",
    """# [TELMAR FOODS|ORG|telmar-foods] CHAIRMAN RESIGNS
OSTRAVIN, May 11 - [Telmar Foods Inc|ORG|telmar-foods] said chairman [Aldo Vesk|PERSON|aldo-vesk] <resigned|resign|VERB|subj:Vesk>, effective May 8, for health reasons.
No successor was named.""",
    None,
)
WIRE_ACTING_CHAIR = (
    "wire-acting-chair",
    """# [TELMAR FOODS|ORG|telmar-foods] NAMES ACTING CHAIRMAN
OSTRAVIN, May 13 - [Telmar Foods Inc|ORG|telmar-foods] said vice-chairman [Inga Roos|PERSON|inga-roos] will <become|become|VERB|subj:Roos,obj:chairman> acting chairman until the annual meeting, following the previously announced <resignation|resignation|NOUN|prep:of:Vesk> of chairman [Aldo Vesk|PERSON|aldo-vesk] for health reasons.
She has been with the company for twenty years.""",
    None,
)
WIRE_ACTING_CHAIR_UNMARKED = (
    "wire-acting-chair-unmarked",
    WIRE_ACTING_CHAIR[1].replace("the previously announced", "the"),
    None,
)

# One exchange told by each party's desk the same day (the seller's and the buyer's
# stories), and the buyer's other purchase of that day, from another seller.
WIRE_SELLER = (
    "wire-seller",
    """# ALDER BANK TO SELL BRENNER UNIT
KAVEL, March 5 - [Alder Bank Corp|ORG|alder-bank] <said|say|VERB|subj:Corp> it <agreed|agree|VERB|subj:it> to <sell|sell|VERB|obj:subsidiary> [Brenner Credit AG|ORG|brenner-credit], its consumer banking subsidiary, to [Banco Ostra|ORG|banco-ostra] for an undisclosed sum.
The deal needs the approval of regulators.""",
    None,
)
WIRE_BUYER = (
    "wire-buyer",
    """# BANCO OSTRA TO BUY BRENNER CREDIT
MADRIL, March 5 - [Banco Ostra|ORG|banco-ostra] <signed|sign|VERB|subj:Ostra,obj:letter> a letter of intent with [Alder Bank|ORG|alder-bank] to <purchase|purchase|VERB|obj:affiliate> its consumer credit affiliate [Brenner Credit|ORG|brenner-credit], the bank said.
Terms were not disclosed.""",
    None,
)
WIRE_BUYER_OTHER = (
    "wire-buyer-other",
    """# BANCO OSTRA TO BUY FELSEN LEASING
MADRIL, March 5 - [Banco Ostra|ORG|banco-ostra] <agreed|agree|VERB|subj:Ostra> to <buy|buy|VERB|obj:Leasing> [Felsen Leasing SA|ORG|felsen-leasing] from [Grauwald Holding|ORG|grauwald-holding], the bank said.
The leasing firm has 40 branches.""",
    None,
)

# One company's results told by a story and by its table, filed the same day: their
# sentences and rows state the same exact figures.
WIRE_RESULTS_STORY = (
    "orval-story",
    "# ORVAL <ORV> SEES STRONGER 1987 AFTER RECORD YEAR\n"
    "[HARLAN|GPE|harlan], March 12 - [Orval Corp|ORG|orval] <expects|expect|VERB|subj:Orval> "
    "stronger growth in 1987, its chairman <said|say|VERB|subj:chairman>.\n"
    "Net income <rose|rise|VERB|subj:income> to [12.5 mln dlrs|MONEY|12500000] from "
    "[11.1 mln dlrs|MONEY|11100000].\n"
    "Sales <increased|increase|VERB|subj:Sales> to [140.2 mln dlrs|MONEY|140200000] from "
    "[120.3 mln dlrs|MONEY|120300000].\n",
    "2031-03-12",
)
WIRE_RESULTS_TABLE = (
    "orval-table",
    "# ORVAL CORP <ORV> 4TH QTR NET\n"
    "[HARLAN|GPE|harlan], March 12 - Shr 1.25 dlrs vs 1.11 dlrs\n"
    "Net [12.5 mln|MONEY|12500000] vs [11.1 mln|MONEY|11100000]\n"
    "Revs [140.2 mln|MONEY|140200000] vs [120.3 mln|MONEY|120300000]\n",
    "2031-03-12",
)

# One air force's raids on shipping, told on two days five days apart in one template: the
# first lead dates its raid ("today"), the later one's date is its report's, told by a
# "today" the model tagged as no date, or not told at all.
WIRE_RAID_FIRST = (
    "raid-first",
    "# [VARNIA|GPE|varnia] SAYS IT HIT TWO SHIPS IN GULF\n"
    "[OSTRAVIN|GPE|ostravin], April 24 - [Varnia|GPE|varnia] said its warplanes "
    "<attacked|attack|VERB|subj:warplanes,obj:targets,time:today> two large naval targets "
    "in the Gulf [today|DATE|2031-04-24].\n"
    "A military spokesman said all the planes returned safely to base.\n",
    "2031-04-24",
)
WIRE_RAID_LATER = (
    "raid-later",
    "# [VARNIA|GPE|varnia] REPORTS MERCHANT SHIP HIT IN THE GULF\n"
    "[OSTRAVIN|GPE|ostravin], April 29 - Varnian warplanes "
    "<attacked|attack|VERB|subj:warplanes,obj:target,time:today> a large naval target in the "
    "Gulf today, a military spokesman said.\n"
    "He said all the planes returned safely to base.\n",
    "2031-04-29",
)
WIRE_RAID_LATER_UNDATED = (
    "raid-later-undated",
    "# [VARNIA|GPE|varnia] REPORTS MERCHANT SHIP HIT IN THE GULF\n"
    "[OSTRAVIN|GPE|ostravin], April 29 - Varnian warplanes "
    "<attacked|attack|VERB|subj:warplanes,obj:target> a large naval target in the Gulf, a "
    "military spokesman said.\n"
    "He said all the planes returned safely to base.\n",
    "2031-04-29",
)
