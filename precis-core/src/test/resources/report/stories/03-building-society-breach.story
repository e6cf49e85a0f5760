# Invented event: Halden Mutual building society discloses a cyber attack on
# Tuesday 12 May 2026. Format: see ../README.md.
@story building-society-breach

@doc a | Northern Courier | 2026-05-12T18:00
Halden Mutual, the region’s largest building society, said on Tuesday that hackers had stolen the personal details of 1.2 million customers in a cyber attack.

The society said it discovered the breach on 28 April, when staff noticed unusual traffic on a server that holds mortgage records. Names, addresses, dates of birth and account numbers were taken, but no passwords or card details.

The records of 8,400 staff were also accessed.

Chief executive Rachel Odum apologised in a video message posted on the society’s website. “I am truly sorry. You trusted us with your information and we did not protect it well enough,”[[Rachel Odum]] she said.

Ms Odum said the attackers had demanded a ransom of $5 million in bitcoin and that the society would not pay. “We will not fund criminals,”[[Rachel Odum]] she said.

Every affected customer will be offered 12 months of free credit monitoring.

Professor Alan Whitcombe, a cyber security specialist at Lenham University, said the attack fitted a familiar pattern. “Building societies have been slow to retire old systems, and attackers know it,”[[Alan Whitcombe]] he said.

Derek Finn, 63, a customer for more than 30 years, said he had received an email about the breach on Tuesday morning. “My first thought was to take every penny out,”[[Derek Finn]] Mr Finn said. “Then I thought, where would I put it?”[[Derek Finn]]

@doc b | Pennant News Agency | 2026-05-12T13:00
LENHAM, May 12 (Pennant) - Building society Halden Mutual said on Tuesday that a cyber attack had exposed the personal data of 1,200,000 customers, about a third of its 3.6 million customers.

The breach was discovered on April 28, the society said. A criminal group calling itself Greywake has claimed responsibility on a dark web forum and demanded five million dollars.

"We will not fund criminals,"[[Rachel Odum]] chief executive Rachel Odum said in a statement. "Our systems are secure today and we are working with the National Cyber Security Centre."[[Rachel Odum]]

Affected customers will get 12 months of free credit monitoring and a dedicated helpline, the society said.

The Information Commissioner's Office said it had been informed and was "making enquiries"[[Information Commissioner's Office]].

Halden Mutual has 74 branches, mainly in the north of England.

@doc c | The Daily Spark | 2026-05-12T22:00
SAVERS FURY AT HACK

Furious savers have been left terrified after cyber crooks stole the details of 2.1 million customers from Halden Mutual.

The building society's boss Rachel Oduya said she was 'deeply ashamed'[[Rachel Oduya]] - but customers have been offered just 18 months of credit monitoring.

Grandmother Lorna Pike, 78, said: 'I've been with them since 1979. I don't know who to trust any more.'[[Lorna Pike]]

One security expert told the Spark: 'This is one of the biggest breaches we have seen at a British lender.'[[-]]

Hackers from a gang called Greywake are said to be demanding a fortune in bitcoin.

Ms Oduya said in a statement last night: 'Nobody's money has been taken, and nobody's money will be taken.'[[Rachel Oduya]]

@doc d | Radio Lenham | 2026-05-13T07:30
Halden Mutual customers have been queuing outside branches after the building society revealed yesterday that hackers had taken the details of 1.2m people.

The society says the breach was discovered on April 30, and that it alerted police and the regulator the same week. The records of 8,400 current and former employees were also taken.

Rachel Odum, the chief executive, told Radio Lenham: "I understand why people are angry. I would be angry too.[[Rachel Odum]]

"But I want to be clear that savings are safe, and that every branch will stay open late this week to answer questions."[[Rachel Odum]]

Outside the Market Street branch, Derek Finn said he had come to see for himself. "They keep telling us it's safe,"[[Derek Finn]] he said. "I'd like to hear that from someone who isn't paid by them."[[Derek Finn]]

According to Detective Superintendent Mark Ellery of the regional cyber crime unit, "several lines of inquiry"[[Mark Ellery]] are being followed.

@doc e | FinTech Brief | 2026-05-13T10:00
Halden Mutual's disclosure that attackers took data on 1.2 million customers has renewed questions about the technology at Britain's smaller lenders.

The Greywake group has demanded a $15m ransom, according to two people familiar with the matter. The society has said it will not pay.

Martin Keane, Halden's chief information security officer, joined the society in January. "Building societies have been slow to retire old systems, and attackers know it,"[[Martin Keane]] Keane said at an industry conference in March, weeks before the breach.

Rachel Odum wrote to customers on Tuesday: “We have written to everyone affected. Please be wary of calls or emails that ask for your details, even if they appear to come from us.”[[Rachel Odum]]

The society, which has seventy-four branches, is owned by its members and has no shareholders.

"This will cost them for years in remediation and in reputation,"[[Hannah Stroud]] said Hannah Stroud, an analyst at Corrigan Ratings. She expects the society to set aside "tens of millions"[[Hannah Stroud]] for compensation and upgrades.

@conflict NUMBER customers affected
  a: "1.2 million customers" = 1200000
  b: "1,200,000 customers" = 1200000
  d: "1.2m people" = 1200000
  e: "1.2 million customers" = 1200000
  c: "2.1 million customers" = 2100000

@conflict DATE breach discovered
  a: "on 28 April" = 2026-04-28
  b: "on April 28" = 2026-04-28
  d: "on April 30" = 2026-04-30

@conflict NUMBER months of credit monitoring
  a: "12 months of free credit monitoring" = 12
  b: "12 months of free credit monitoring" = 12
  c: "18 months of credit monitoring" = 18

@conflict NUMBER ransom demanded
  a: "$5 million" = 5000000
  b: "five million dollars" = 5000000
  e: "$15m ransom" = 15000000

@conflict NAME chief executive of Halden Mutual
  a: "Rachel Odum" = Odum
  b: "Rachel Odum" = Odum
  d: "Rachel Odum" = Odum
  e: "Rachel Odum" = Odum
  c: "Rachel Oduya" = Oduya

@conflict QUOTE_SPEAKER old systems
  a: "Building societies have been slow to retire old systems, and attackers know it" = Alan Whitcombe
  e: "Building societies have been slow to retire old systems, and attackers know it" = Martin Keane

@same NUMBER customers written differently
  a: "1.2 million customers" = 1200000
  b: "1,200,000 customers" = 1200000
  d: "1.2m people" = 1200000

@same NUMBER ransom written differently
  a: "$5 million" = 5000000
  b: "five million dollars" = 5000000

@same NUMBER staff records
  a: "8,400 staff" = 8400
  d: "8,400 current and former employees" = 8400

@same NUMBER affected vs all customers
  a: "1.2 million customers" = affected
  b: "3.6 million customers" = all customers

@same DATE day of the disclosure
  a: "said on Tuesday" = 2026-05-12
  d: "revealed yesterday" = 2026-05-12

@same NUMBER branches
  b: "74 branches" = 74
  e: "seventy-four branches" = 74
