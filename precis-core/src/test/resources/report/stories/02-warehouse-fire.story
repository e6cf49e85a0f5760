# Invented event: fire destroys the Castellan Logistics warehouse on the Millbrook
# Trading Estate, Brackenford, late on Monday 2 February 2026; a security guard dies.
# Format: see ../README.md.
@story warehouse-fire

@doc a | Brackenford Echo | 2026-02-03T09:30
A fire that tore through a warehouse on the Millbrook Trading Estate in Brackenford killed a night security guard and forced 340 residents from their homes, the fire service said.

The blaze broke out at the Castellan Logistics building late on Monday and was still burning at dawn. At its height, 120 firefighters and 24 fire engines were at the scene.

The guard, Tomasz Wrona, 58, of Hillcrest Road, was found inside the building after the fire was brought under control. Two firefighters were treated for heat exhaustion.

Group Manager Neil Ashdown, of Brackenford Fire and Rescue Service, said: “The building was fully alight by the time the first crews arrived. Our firefighters worked in very difficult conditions all night.”[[Neil Ashdown]]

“Our thoughts are with Mr Wrona’s family,”[[Neil Ashdown]] he added.

The warehouse stored about 2,000 tonnes of paper and cardboard, which fed the flames, according to the company.

Castellan Logistics said in a statement that it was “devastated”[[Castellan Logistics]] by the loss of a colleague who had worked at the site for 12 years.

Joan Petrie, 71, who lives on Tanner’s Lane behind the estate, was woken by police knocking on her door at 1 a.m. “I grabbed my coat and my cat and that was it,”[[Joan Petrie]] she said. “You could feel the heat from the end of the road.”[[Joan Petrie]]

Council leader Aisha Rahman said a rest centre at the Brackenford Leisure Centre had taken in 60 people overnight. “Nobody will be left without a bed tonight,”[[Aisha Rahman]] the councillor said.

Damage was estimated at £18 million.

@doc b | Albion Press Association | 2026-02-03T06:45
BRACKENFORD, England, Feb 3 (APA) - A night watchman died and hundreds of people were evacuated after fire destroyed a warehouse in the English town of Brackenford, fire officials said on Tuesday.

About 350 residents were moved out of homes near the Millbrook Trading Estate as a plume of black smoke drifted across the town. The fire started late on Monday.

A hundred and twenty firefighters and two dozen engines fought the blaze at its height. Three firefighters were treated for heat exhaustion, the service said.

"This was one of the largest fires this service has dealt with in a decade,"[[Neil Ashdown]] Group Manager Neil Ashdown told reporters at the scene. "We will be here for several days."[[Neil Ashdown]]

The site also held 500 tonnes of plastic pellets, raising concerns about toxic smoke. Residents were told to keep windows and doors closed.

"We are monitoring air quality around the clock,"[[-]] a spokeswoman for the Environment Agency said.

Castellan Logistics managing director Graham Pyle said the company was "cooperating fully"[[Graham Pyle]] with the fire service and police.

Asked whether the building's sprinkler system had worked, Mr Pyle said: "That is exactly what the investigation will establish, and I am not going to pre-empt it."[[Graham Pyle]]

@doc c | The Morning Roar | 2026-02-03T12:00
HERO GUARD DIES IN INFERNO

A devoted security guard died in a massive warehouse fire on Sunday night as 150 firefighters battled flames that could be seen for miles.

Tomasz Wrona, 56, had worked at the Castellan Logistics site for 12 years and was "like part of the furniture"[[-]], colleagues said.

His neighbour Dave Kerr said: "Tomasz was the kindest man on the street. He would do anything for anyone.[[Dave Kerr]]

"He was always talking about retiring to the coast with his wife."[[Dave Kerr]]

Fire chief Neil Ashdown said the building had been "fully alight"[[Neil Ashdown]] when crews arrived.

Furious residents who were forced from their homes in the middle of the night slammed the company. "There have been fires on that estate before and nothing ever changes,"[[-]] fumed one mum.

Brackenford MP Simon Achebe tweeted: "Heartbreaking news from Millbrook. My thoughts are with Mr Wrona's family and the firefighters who worked through the night."[[Simon Achebe]]

@doc d | BFM News | 2026-02-03T18:00
Investigators have begun work at the Millbrook Trading Estate in Brackenford, where a fire at a Castellan Logistics warehouse killed a security guard.

Tomasz Wrona, 58, died in the blaze, which started late on Monday night. More than 300 people were evacuated from nearby streets and most were allowed home this afternoon.

Council leader Aisha Rahman visited the rest centre at the leisure centre. “The building was fully alight by the time the first crews arrived,”[[Aisha Rahman]] Ms Rahman said. “People here have had a terrible night.”[[Aisha Rahman]]

Police said a joint investigation with the fire service had been opened. Detective Inspector Ruth Calloway said there was “nothing at this stage to suggest the fire was started deliberately”[[Ruth Calloway]].

She added: “We would like to hear from anyone who was on the estate between 10 p.m. and midnight.”[[Ruth Calloway]]

Graham Pyle, the managing director of Castellan Logistics, told BFM: “Tomasz was a much-loved member of our team. We are heartbroken.”[[Graham Pyle]]

According to the Environment Agency, run-off from the fire had reached the Mill Brook, and dead fish had been seen downstream. An agency spokesman said: "We are working to contain it."[[-]]

@doc e | Logistics Ledger | 2026-02-04T08:00
Castellan Logistics faces a bill of £18m after fire destroyed its Brackenford distribution warehouse late on Monday, according to insurance brokers.

The blaze forced around 800 residents from their homes and killed a night security guard.

Group Manager Neil Ashworth of Brackenford Fire and Rescue Service said the warehouse had no working sprinklers in the section where the fire began. "That will be a central question for the investigation,"[[Neil Ashworth]] he said.

Castellan's managing director, Graham Pyle, wrote in a memo to staff: "We will rebuild at Millbrook, and every member of the team there will be paid while we do."[[Graham Pyle]]

Customers have been moved to the company's depot in Sutton Leigh. "Deliveries for our supermarket clients will run about a day late this week,"[[Castellan Logistics]] the company said in a statement.

Analyst Priya Raman of Fenwick Freight Research said the fire would be "a hit to capacity across the region for months"[[Priya Raman]].

@conflict NUMBER firefighters at the scene
  a: "120 firefighters" = 120
  b: "A hundred and twenty firefighters" = 120
  c: "150 firefighters" = 150

@conflict NUMBER firefighters treated
  a: "Two firefighters were treated" = 2
  b: "Three firefighters were treated" = 3

@conflict NUMBER age of the guard
  a: "Tomasz Wrona, 58" = 58
  d: "Tomasz Wrona, 58" = 58
  c: "Tomasz Wrona, 56" = 56

@conflict NUMBER residents evacuated
  a: "340 residents" = 340
  b: "About 350 residents" = 340
  d: "More than 300 people were evacuated" = 340
  e: "around 800 residents" = 800

@conflict DATE when the fire started
  a: "late on Monday" = 2026-02-02
  b: "late on Monday" = 2026-02-02
  d: "late on Monday night" = 2026-02-02
  e: "late on Monday" = 2026-02-02
  c: "on Sunday night" = 2026-02-01

@conflict NAME fire service group manager
  a: "Neil Ashdown" = Ashdown
  b: "Neil Ashdown" = Ashdown
  c: "Neil Ashdown" = Ashdown
  e: "Neil Ashworth" = Ashworth

@conflict QUOTE_SPEAKER fully alight
  a: "The building was fully alight by the time the first crews arrived" = Neil Ashdown
  c: "fully alight" = Neil Ashdown
  d: "The building was fully alight by the time the first crews arrived" = Aisha Rahman

@same NUMBER firefighters written differently
  a: "120 firefighters" = 120
  b: "A hundred and twenty firefighters" = 120

@same NUMBER engines
  a: "24 fire engines" = 24
  b: "two dozen engines" = 24

@same NUMBER evacuated rounded
  a: "340 residents" = 340
  b: "About 350 residents" = 350

@same NUMBER evacuated lower bound
  a: "340 residents" = 340
  d: "More than 300 people" = more than 300

@same NUMBER damage
  a: "£18 million" = 18000000
  e: "£18m" = 18000000

@same NUMBER tonnes of different goods
  a: "2,000 tonnes of paper" = paper
  b: "500 tonnes of plastic pellets" = plastic

@same NUMBER rest centre vs evacuated
  a: "taken in 60 people overnight" = rest centre
  d: "More than 300 people were evacuated" = evacuated
