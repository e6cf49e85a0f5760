# HELD-OUT story, second batch: written after every rule change, evaluated once before any
# further change (figures in the report). Invented event: Tasman Air flight 218 makes an
# emergency landing at Brannock Airport on Saturday 14 March 2026 after an engine fire.
# Format: ../README.md.
@story emergency-landing

@doc a | Port Alder Herald | 2026-03-15T08:00
A Tasman Air jet with 183 passengers and six crew on board made an emergency landing at Brannock Airport on Saturday after one of its engines caught fire shortly after take-off from Port Alder.

Nine people were treated for minor injuries after sliding down the emergency chutes, the airport said. Nobody was seriously hurt.

The plane had been in the air for about 40 minutes when the crew reported smoke from the left engine.

Passenger Kenji Moto, 34, was sitting over the wing. “There was a bang and then orange light under the wing,”[[Kenji Moto]] he said. “The captain came on and said, calmly, that we were going back. That calm voice saved a lot of panic.”[[Kenji Moto]]

Tasman Air chief executive Mara Lindgren praised the crew. “Our crew did exactly what they are trained to do,”[[Mara Lindgren]] she said. “Every passenger walked away, and that is what matters.”[[Mara Lindgren]]

The engine was last inspected on 2 March, according to maintenance records seen by the Herald. Passengers will receive €600 each in compensation, the airline said.

@doc b | Coastline Wire | 2026-03-14T19:30
BRANNOCK (Coastline Wire) - A Tasman Air flight carrying 183 passengers made an emergency landing at Brannock Airport on Saturday after an engine fire, the airline said. Nine people suffered minor injuries during the evacuation.

The aircraft, bound for Kelso, turned back 40 minutes into the flight.

"The engine indication showed a fire warning and the crew followed the checklist to the letter,"[[-]] an airline spokesman said. "We are grateful to the airport fire service, who were at the aircraft within two minutes."[[-]]

The Air Accidents Board has opened an investigation. Its chief inspector, Simone Varley, said the engine would be removed and examined "piece by piece"[[Simone Varley]].

Tasman Air said each passenger would be paid €600 in compensation.

@doc c | The Daily Spark | 2026-03-14T22:00
TERROR IN THE SKIES

Screaming holidaymakers clung to each other as flames poured from the wing of a packed jet carrying 138 passengers.

The Tasman Air plane was forced to turn back just minutes after take-off on Saturday afternoon.

Hero pilot Captain Joel Abara brought the jet down safely. "Our crew did exactly what they are trained to do,"[[Joel Abara]] the captain said afterwards.

Gran Ruth Okafor, 61, said: "I held my grandson's hand and prayed the whole way down. I have never been so frightened."[[Ruth Okafor]]

@doc d | Brannock Radio | 2026-03-15T07:00
Investigators are examining the engine of the Tasman Air jet that made an emergency landing at Brannock yesterday. Twelve people were hurt as passengers slid down the escape chutes.

Captain Joel Abbara, who has flown with the airline for 22 years, has been praised by passengers.

The engine had been inspected on 12 March, two days before the flight, the airline said.

Chief inspector Simone Varley told Brannock Radio: "It is far too early to say what caused the fire. We will not guess."[[Simone Varley]]

Passenger Ruth Okafor said she would fly again. "But not this week,"[[Ruth Okafor]] she said.

@doc e | Air Business Daily | 2026-03-16T09:00
Shares in Tasman Air fell 6% on Monday, the first trading day after one of its jets made an emergency landing with an engine fire.

The airline has offered each of the 183 passengers €250 in compensation, according to a notice sent to customers.

Analyst Priti Shah of Orlen Securities said the fall was "an overreaction"[[Priti Shah]]. "Nobody was badly hurt, and the crew's handling of it will be studied as an example,"[[Priti Shah]] she said.

Mara Lindgren told analysts on a call that the airline would "cooperate fully"[[Mara Lindgren]] with the Air Accidents Board.

@conflict NUMBER passengers on board
  a: "183 passengers" = 183
  b: "183 passengers" = 183
  e: "183 passengers" = 183
  c: "138 passengers" = 138

@conflict NUMBER people injured
  a: "Nine people were treated" = 9
  b: "Nine people suffered minor injuries" = 9
  d: "Twelve people were hurt" = 12

@conflict NUMBER compensation per passenger
  a: "€600 each" = 600
  b: "€600 in compensation" = 600
  e: "€250 in compensation" = 250

@conflict DATE last inspection of the engine
  a: "on 2 March" = 2026-03-02
  d: "on 12 March" = 2026-03-12

@conflict NAME the captain
  c: "Joel Abara" = Abara
  d: "Joel Abbara" = Abbara

@conflict QUOTE_SPEAKER trained to do
  a: "Our crew did exactly what they are trained to do" = Mara Lindgren
  c: "Our crew did exactly what they are trained to do" = Joel Abara

@same NUMBER minutes in the air rounded
  a: "about 40 minutes" = 40
  b: "40 minutes" = 40

@same DATE day of the landing
  a: "on Saturday" = 2026-03-14
  d: "yesterday" = 2026-03-14

@same NUMBER years of service vs minutes
  d: "22 years" = years
  b: "two minutes" = minutes
