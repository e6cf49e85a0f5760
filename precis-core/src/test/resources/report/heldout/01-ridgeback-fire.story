# HELD-OUT story: written after the rules were tuned on ../stories, and not used to tune
# them. Invented event: the Ridgeback Fire near Pine Hollow, Carver County, starts on
# Tuesday 15 September 2026. US style (Mr., Gov., "said Chief ..."). Format: ../README.md.
@story ridgeback-fire

@doc a | Carver Courier | 2026-09-17T07:00
The Ridgeback Fire had burned 12,000 acres of forest and grassland east of Pine Hollow by Wednesday night and destroyed 84 homes, county officials said.

The fire, which started Tuesday afternoon near the old Ridgeback quarry, was 15% contained. About 650 firefighters are now on the lines, and 2,300 residents have been ordered to leave.

Carver County Fire Chief Dana Whitfield said crews had fought to save the town's eastern edge through the night. “The wind did not give us a single break all night,”[[Dana Whitfield]] Whitfield said. “Every time we got a line in, it jumped.”[[Dana Whitfield]]

Two firefighters suffered minor injuries, she said.

Gov. Hector Almeida declared a state of emergency on Wednesday and released $2.5 million from the state disaster fund. “No family in Carver County will face this alone,”[[Hector Almeida]] Almeida said in a statement.

Luis Ortega, who has lived on Aspen Drive for 30 years, watched from a church parking lot as the hillside above his street burned. “I could see the glow over the ridge at midnight,”[[Luis Ortega]] Mr. Ortega said. “By morning the neighbors’ house was gone. Mine is still standing. I don’t know why.”[[Luis Ortega]]

Investigators are looking at a power line owned by Carver Electric Cooperative as a possible cause. The cooperative said in a statement that it was “working closely with fire investigators”[[Carver Electric Cooperative]] and had shut off power to 5,200 customers as a precaution.

@doc b | National Wire | 2026-09-17T05:30
PINE HOLLOW (National Wire) — A wind-driven wildfire has scorched about 12,400 acres and destroyed 84 homes in Carver County, forcing about 2,300 people from their homes, officials said Thursday.

More than 600 firefighters were battling the Ridgeback Fire, which was 15 percent contained on Wednesday evening. The fire broke out on Tuesday.

"We are throwing everything we have at it,"[[Dana Whitfield]] said Carver County Fire Chief Dana Whitfield. "But this is the driest September we have seen in years, and the fire is writing its own rules."[[Dana Whitfield]]

Sheriff Ray Colton said deputies had gone door to door along the county road overnight. "Some people did not want to leave. We told them plainly: this is not a drill,"[[Ray Colton]] Colton said.

The state will spend 2.5 million dollars from its disaster fund on shelters and cleanup, Gov. Hector Almeida said after declaring an emergency on Wednesday.

Carver Electric Cooperative chief executive Thomas Reilly told reporters the utility would "cooperate fully"[[Thomas Reilly]] with any inquiry into whether its equipment was involved.

@doc c | The Ledger-Gazette Online | 2026-09-17T20:00
INFERNO: 21,000 ACRES GONE

A monster wildfire has torched 21,000 acres and is only 25% contained, leaving the small town of Pine Hollow fearing the worst.

Fire chief Dana Whitfeld warned residents to be ready to flee at a moment's notice. 'If we tell you to go, go. Do not wait to pack,'[[Dana Whitfeld]] she said.

Marcy Dunn, 47, fled with her two children and the family dog. "We grabbed the dog and the photo albums and drove,"[[Marcy Dunn]] she told the Ledger-Gazette.

Heartbroken resident Pete Karras posted on Facebook: "Forty years in that house. Gone in twenty minutes."[[Pete Karras]]

The blaze has destroyed 84 homes, officials said.

@doc d | KCVR News | 2026-09-18T06:00
Firefighters made progress overnight against the Ridgeback Fire, which has now burned more than 11,000 acres near Pine Hollow.

The fire has destroyed eighty-four homes. Three firefighters have been treated for minor injuries.

Sheriff Ray Colton told KCVR that about 300 more homes remained under threat. "The wind did not give us a single break all night,"[[Ray Colton]] Colton said.

He added: "If the forecast holds, we could start letting some people back in by the weekend."[[Ray Colton]]

According to the Red Cross, 410 people spent Wednesday night in the county's four shelters. A Red Cross spokeswoman said: "We have beds, food and vets for pets. Nobody should sleep in their car."[[-]]

Resident Marcy Dunn said she had not slept since Tuesday. "We grabbed the dog and the photo albums and drove,"[[Marcy Dunn]] she said.

@doc e | Grid Weekly | 2026-09-18T12:00
The Ridgeback Fire is already a test for Carver Electric Cooperative, the member-owned utility whose line is being examined as a possible cause.

The fire has destroyed 48 homes and burned about 12,000 acres since it started on Tuesday, according to county figures.

Gov. Hector Almeida declared an emergency on Thursday, freeing $2.5 million in state money.

Thomas Reilly, the cooperative's chief executive, wrote in a letter to members: “We will find out what happened, and if our equipment played a part, we will say so.”[[Thomas Reilly]]

Utilities in the region have paid out more than $900 million in wildfire settlements since 2019, according to analysts at Brenner Capital.

“Every utility in the West is looking at this fire and asking whether it could be next,”[[Nadia Farouk]] said Nadia Farouk, an energy analyst at Brenner Capital.

@conflict NUMBER acres burned
  a: "12,000 acres" = 12000
  b: "about 12,400 acres" = 12000
  d: "more than 11,000 acres" = 12000
  e: "about 12,000 acres" = 12000
  c: "21,000 acres" = 21000

@conflict NUMBER homes destroyed
  a: "destroyed 84 homes" = 84
  b: "destroyed 84 homes" = 84
  c: "destroyed 84 homes" = 84
  d: "destroyed eighty-four homes" = 84
  e: "destroyed 48 homes" = 48

@conflict NUMBER containment
  a: "15% contained" = 15
  b: "15 percent contained" = 15
  c: "25% contained" = 25

@conflict NUMBER firefighters injured
  a: "Two firefighters suffered minor injuries" = 2
  d: "Three firefighters have been treated" = 3

@conflict DATE emergency declared
  a: "declared a state of emergency on Wednesday" = 2026-09-16
  b: "declaring an emergency on Wednesday" = 2026-09-16
  e: "declared an emergency on Thursday" = 2026-09-17

@conflict NAME fire chief
  a: "Dana Whitfield" = Whitfield
  b: "Dana Whitfield" = Whitfield
  c: "Dana Whitfeld" = Whitfeld

@conflict QUOTE_SPEAKER wind all night
  a: "The wind did not give us a single break all night" = Dana Whitfield
  d: "The wind did not give us a single break all night" = Ray Colton

@same NUMBER acres rounded
  a: "12,000 acres" = 12000
  b: "about 12,400 acres" = 12400

@same NUMBER emergency money
  a: "$2.5 million" = 2500000
  b: "2.5 million dollars" = 2500000
  e: "$2.5 million" = 2500000

@same NUMBER homes written differently
  a: "84 homes" = 84
  d: "eighty-four homes" = 84

@same NUMBER firefighters lower bound
  a: "About 650 firefighters" = 650
  b: "More than 600 firefighters" = more than 600

@same NUMBER destroyed vs threatened
  a: "destroyed 84 homes" = destroyed
  d: "300 more homes" = threatened

@same NUMBER evacuated vs in shelters
  a: "2,300 residents" = evacuated
  d: "410 people" = in shelters

@same DATE day the fire started
  a: "started Tuesday afternoon" = 2026-09-15
  b: "broke out on Tuesday" = 2026-09-15
