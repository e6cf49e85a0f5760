# Invented event: the River Auder floods the town of Ostmere overnight into
# Tuesday 9 June 2026. Format: see ../README.md.
@story valley-flood

@doc a | Ostmere Gazette | 2026-06-09T16:00
Two people died and one person is missing after the River Auder burst its banks in Ostmere on Tuesday, flooding 1,100 homes and forcing 2,500 people to leave.

More than 120 mm of rain fell on the valley in 24 hours, the Met Office said, and the river peaked at 4.2 metres at the Bridge Street gauge, the highest level on record.

One of the dead was named as Arthur Lyle, 82, whose bungalow on Riverside Walk was flooded to the ceiling. Police have not yet named the second victim, a woman in her fifties.

Fiona Gale, the Environment Agency’s area manager, said: “We have never seen the Auder rise this quickly. Our defences were built for a one-in-a-hundred-year flood, and this was bigger.”[[Fiona Gale]]

Priya Shah, who lives on Mill Lane, said she had moved her children upstairs at 3 a.m. “The water came up through the floorboards in minutes,”[[Priya Shah]] she said. “We could hear furniture floating downstairs.”[[Priya Shah]]

Ostmere’s mayor, Councillor Tom Rudd, praised the emergency services. “They have been magnificent,”[[Tom Rudd]] he said, “and I will make sure the government hears what this town needs.”[[Tom Rudd]]

The Prime Minister, Eleanor Crane, will visit Ostmere on Wednesday.

@doc b | Crown Wire | 2026-06-09T11:00
OSTMERE, England, June 9 (Crown Wire) - Two people were killed and more than 1,000 homes were flooded when the River Auder overflowed in the northern town of Ostmere, police said on Tuesday.

Helicopters lifted 47 people from rooftops and upstairs windows during the night, the coastguard said.

One of the victims was Arthur Lyle, 82. His neighbour Malcolm Reid said Mr Lyle had refused to leave his home. "He said he had seen floods before and he would sit it out,"[[Malcolm Reid]] Reid said.

"We are still searching for one person, and we have not given up hope,"[[Gareth Pryce]] said Chief Inspector Gareth Pryce of North Valley Police.

Prime Minister Eleanor Crane wrote on social media: "My thoughts are with the people of Ostmere tonight. I will visit on Wednesday to see the damage for myself."[[Eleanor Crane]]

The Environment Agency said flood defences built in 2009 had been overtopped.

@doc c | Daily Beacon | 2026-06-09T20:00
DEATH RIVER

Three people have died after a torrent of floodwater swept through a market town in the middle of the night.

Pensioner Arthur Lisle, 82, was found in his flooded bungalow in Ostmere after refusing to leave.

Neighbour Malcolm Reid, 45, told the Beacon: "The water came up through the floorboards in minutes. We could hear furniture floating downstairs."[[Malcolm Reid]]

Desperate families were winched to safety from their rooftops. About two and a half thousand people were forced out.

"It's like a war zone out there,"[[-]] said one firefighter.

Mayor Tom Rudd blasted ministers over cuts: 'We warned them and warned them. This town was left to fend for itself.'[[Tom Rudd]]

@doc d | North Valley Radio | 2026-06-10T07:00
Clean-up work has started in Ostmere after yesterday's floods, which killed two people. One person is still missing.

The coastguard said 74 people had been airlifted to safety overnight, the largest helicopter rescue in the region's history.

The river peaked at 4.2m, according to the Environment Agency. About 2,500 people were evacuated.

Prime Minister Eleanor Crane is expected to visit on Thursday. Downing Street said she would meet emergency workers and families.

Chief Inspector Gareth Pryce told North Valley Radio that the search for the missing person had resumed at first light. "We have divers and dogs on the river and we will keep going,"[[Gareth Pryce]] he said.

Resident Priya Shah is staying with her sister. ‘We lost everything on the ground floor,’[[Priya Shah]] she told us. ‘But we are alive, and that’s what matters.’[[Priya Shah]]

Councillor Tom Rudd said the town needed "money, not sympathy"[[Tom Rudd]].

@doc e | Claims Review | 2026-06-10T11:00
Insurers expect claims running into tens of millions of pounds after floods in Ostmere yesterday damaged about 1,600 homes.

Rainfall of 4.7 inches in 24 hours overwhelmed defences that were completed in 2009, the Environment Agency said.

"A flood of this size will test whether Flood Re is working as intended,"[[Imogen Tate]] said Imogen Tate, head of property claims at the Association of Regional Insurers. She added that most households should be covered.

Adjuster Colm Brady posted to LinkedIn that his team would be "on the ground in Ostmere by Thursday"[[Colm Brady]].

Insurer Harlow Mutual said its claims line had taken more than 900 calls by midday. "Our advice is to photograph everything before you throw it away,"[[Harlow Mutual]] the insurer said.

@conflict NUMBER dead
  a: "Two people died" = 2
  b: "Two people were killed" = 2
  d: "killed two people" = 2
  c: "Three people have died" = 3

@conflict NUMBER homes flooded
  a: "flooding 1,100 homes" = 1100
  b: "more than 1,000 homes" = 1100
  e: "about 1,600 homes" = 1600

@conflict NUMBER people airlifted
  b: "lifted 47 people" = 47
  d: "74 people had been airlifted" = 74

@conflict DATE Prime Minister's visit
  a: "visit Ostmere on Wednesday" = 2026-06-10
  b: "visit on Wednesday" = 2026-06-10
  d: "visit on Thursday" = 2026-06-11

@conflict NAME the pensioner who died
  a: "Arthur Lyle" = Lyle
  b: "Arthur Lyle" = Lyle
  c: "Arthur Lisle" = Lisle

@conflict QUOTE_SPEAKER water through the floorboards
  a: "The water came up through the floorboards in minutes" = Priya Shah
  c: "The water came up through the floorboards in minutes" = Malcolm Reid

@same NUMBER rain in different units
  a: "120 mm" = 120 mm
  e: "4.7 inches" = 4.7 inches

@same NUMBER evacuated written differently
  a: "2,500 people" = 2500
  d: "About 2,500 people" = 2500
  c: "two and a half thousand people" = 2500

@same NUMBER river peak
  a: "4.2 metres" = 4.2
  d: "4.2m" = 4.2

@same NUMBER homes lower bound
  a: "1,100 homes" = 1100
  b: "more than 1,000 homes" = more than 1000

@same NUMBER evacuated vs airlifted
  a: "2,500 people to leave" = evacuated
  b: "lifted 47 people" = airlifted

@same DATE day of the flood
  a: "on Tuesday" = 2026-06-09
  d: "yesterday's floods" = 2026-06-09

@same DATE defences year
  b: "built in 2009" = 2009
  e: "completed in 2009" = 2009
