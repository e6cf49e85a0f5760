# Invented event: a Line 3 tram derails on the Kessler Street bend in Varnholm,
# Thursday 16 April 2026, about 8:10 a.m. Format: see ../README.md.
@story tram-derailment

@doc a | Varnholm Post | 2026-04-16T14:00
A Line 3 tram left the rails on the Kessler Street bend shortly after 8:10 a.m. on Thursday, tipping onto its side with 86 passengers on board and injuring 23 people.

Four of the injured were in a serious condition at St. Brigid's Hospital on Thursday afternoon, a hospital spokeswoman said.

Data from the tram's recorder showed it was travelling at 38 km/h as it entered the bend, where the limit is 15 km/h, according to Police Superintendent Aron Vidal.

“We are treating this as an accident, not a crime, but we will follow the evidence wherever it goes,”[[Aron Vidal]] Superintendent Vidal said.

The driver, a 41-year-old man with eleven years' service, was not hurt and has been suspended on full pay while the investigation continues.

Lotte Brandvik, the chief executive of Varnholm Transit, said: “I am deeply sorry for what happened this morning. Every one of our passengers should get home safely, and today we failed them.”[[Lotte Brandvik]]

She said Line 3 would remain closed until at least Monday while engineers checked the track.

Jonas Ek, regional secretary of the Tram Workers’ Union, said drivers had raised concerns about the Kessler Street bend for years. “Our members have warned about that bend since the new timetable came in,”[[Jonas Ek]] he said. “Nobody listened.”[[Jonas Ek]]

Passenger Greta Holm, 29, was standing near the front doors. “There was a bang and then everything was sideways,”[[Greta Holm]] she said. “People were lying on top of each other and a man was calling for his daughter.”[[Greta Holm]]

Repairs to the track and overhead wires are expected to cost €2.4 million, the company said.

@doc b | Nordlys Wire | 2026-04-16T10:30
VARNHOLM, April 16 (Nordlys) - A packed tram derailed on a tight bend in central Varnholm on Thursday morning, injuring 23 people, four of them seriously, police said.

The Line 3 tram, carrying eighty-six passengers, came off the rails on Kessler Street at about 8:10 a.m. and overturned, blocking the street for several hours.

Police Superintendent Aron Vidal told reporters the tram had been going at about 40 km/h on a section limited to 15 km/h. "The speed is a matter for the investigation, and I will not speculate about why it was so high,"[[Aron Vidal]] he said.

Varnholm Transit chief executive Lotte Brandvik said the company would cooperate fully with investigators.

"I am deeply sorry for what happened this morning,"[[Lotte Brandvik]] Brandvik said.

The company put the cost of repairs at 2,400,000 euros. Shares in its parent, Nordbane Group, closed 4.1 percent lower on Thursday.

The Tram Workers' Union said its members had complained about the bend. "Our members have warned about that bend since the new timetable came in,"[[Jonas Ek]] said Jonas Ek, the union's regional secretary.

Transport Minister Daniel Osei wrote on social media that he had spoken to the mayor and offered "every assistance the government can give"[[Daniel Osei]].

(Reporting by Ines Varga; Editing by Tomas Lind)

@doc c | The Daily Clang | 2026-04-16T21:00
TERRIFIED commuters were hurled across a packed tram as it flipped over on a notorious bend this morning.

Twenty-seven people were hurt when the Line 3 tram smashed onto its side on Kessler Street in Varnholm, with four said to be in a serious condition tonight.

Mum-of-three Greta Holm, 29, told the Clang: 'There was a bang and then everything was sideways. I thought we were all going to die.'[[Greta Holm]]

Shocking data shows the tram was doing 38km/h - more than double the limit on the bend.

The 47-year-old driver was led away from the scene by police officers, witnesses said.

Varnholm Transit boss Marit Brandvik faced furious questions from passengers' families at the depot.

"Our members have warned about that bend since the new timetable came in,"[[Marit Brandvik]] Ms Brandvik said.

Another passenger, who did not want to be named, said: "The driver was going far too fast. You could feel it on every corner."[[-]]

Local councillor Bram Hollis posted on Twitter: "Kessler Street has been an accident waiting to happen. I want answers, and I want them this week."[[Bram Hollis]]

@doc d | Radio Varnholm | 2026-04-17T07:00
Investigators are examining the speed of a tram that derailed in Varnholm yesterday morning, injuring 23 people.

The tram was travelling at 38 km/h when it entered the Kessler Street bend, where trams are limited to 15 km/h, according to police.

The 41-year-old driver has been suspended on full pay, Varnholm Transit said.

Lotte Brandvik, the company's chief executive, told reporters outside the depot that the driver had passed a medical check last month.

"He is an experienced driver with a clean record. We will not prejudge anything,"[[Lotte Brandvik]] Ms Brandvik said. "What I can promise is that every finding will be published.[[Lotte Brandvik]]

"If the track or the signals were at fault, we will say so, and we will fix it."[[Lotte Brandvik]]

Line 3 will stay closed until Monday, the company said, while Line 7, which shares part of the track, will run on a diversion.

Mayor Petra Lindqvist said the city would review all of its tight tram curves. "One bad bend is one too many,"[[Petra Lindqvist]] the mayor said.

Four people remain in a serious condition in hospital.

Superintendent Vidal said officers had spoken to more than 40 witnesses. He added that the driver had been breath-tested at the scene and the result was negative.

@doc e | Rail Business Weekly | 2026-04-17T12:00
Shares in Varnholm Transit's parent company, Nordbane Group, fell 4.1% on Thursday after one of its trams derailed in central Varnholm, injuring 23 passengers.

Preliminary data suggested the tram was travelling at 52 km/h as it entered the Kessler Street bend, which has a 15 km/h limit.

Nordbane estimated the cost of repairs to track and overhead lines at €2.4m and said Line 3 would not reopen before Wednesday 22 April.

Analysts at Herrick Lowe said the group's insurance should cover most of the cost. "The financial hit is manageable. The reputational one is not,"[[Clara Voss]] said Clara Voss, a transport analyst at the firm.

Chief executive Lotte Brandvik told investors on a call on Thursday evening that safety spending would rise. “We will bring forward the installation of automatic speed control on every tight curve in the network,”[[Lotte Brandvik]] she said, “and we will pay for it ourselves.”[[Lotte Brandvik]]

Nordbane shares have fallen 11 per cent since January.

Jonas Ek of the Tram Workers' Union was sceptical. He wrote in a union newsletter that speed control had been "promised and postponed three times since 2021"[[Jonas Ek]].

@conflict NUMBER injured
  a: "injuring 23 people" = 23
  b: "injuring 23 people" = 23
  d: "injuring 23 people" = 23
  e: "injuring 23 passengers" = 23
  c: "Twenty-seven people were hurt" = 27

@conflict NUMBER speed on the bend
  a: "travelling at 38 km/h" = 38
  b: "about 40 km/h" = 38
  c: "doing 38km/h" = 38
  d: "travelling at 38 km/h" = 38
  e: "travelling at 52 km/h" = 52

@conflict NUMBER age of the driver
  a: "a 41-year-old man" = 41
  d: "The 41-year-old driver" = 41
  c: "The 47-year-old driver" = 47

@conflict DATE reopening of Line 3
  a: "until at least Monday" = 2026-04-20
  d: "until Monday" = 2026-04-20
  e: "before Wednesday 22 April" = 2026-04-22

@conflict NAME chief executive of Varnholm Transit
  a: "Lotte Brandvik" = Lotte
  b: "Lotte Brandvik" = Lotte
  d: "Lotte Brandvik" = Lotte
  e: "Lotte Brandvik" = Lotte
  c: "Marit Brandvik" = Marit

@conflict QUOTE_SPEAKER members warned about the bend
  a: "Our members have warned about that bend since the new timetable came in" = Jonas Ek
  b: "Our members have warned about that bend since the new timetable came in" = Jonas Ek
  c: "Our members have warned about that bend since the new timetable came in" = Marit Brandvik

@same NUMBER passengers on board
  a: "86 passengers" = 86
  b: "eighty-six passengers" = 86

@same NUMBER seriously injured
  a: "Four of the injured" = 4
  b: "four of them seriously" = 4
  c: "four said to be in a serious condition" = 4
  d: "Four people remain in a serious condition" = 4

@same NUMBER speed rounded
  a: "travelling at 38 km/h" = 38
  b: "about 40 km/h" = 40

@same NUMBER repair cost
  a: "€2.4 million" = 2400000
  b: "2,400,000 euros" = 2400000
  e: "€2.4m" = 2400000

@same NUMBER share fall on Thursday
  b: "closed 4.1 percent lower" = 4.1
  e: "fell 4.1%" = 4.1

@same NUMBER share fall since January vs on Thursday
  b: "closed 4.1 percent lower on Thursday" = 4.1 on Thursday
  e: "fallen 11 per cent since January" = 11 since January

@same DATE day of the derailment
  a: "on Thursday" = 2026-04-16
  d: "yesterday morning" = 2026-04-16

@same NUMBER line numbers are identifiers
  a: "A Line 3 tram" = line 3
  d: "Line 7" = line 7
