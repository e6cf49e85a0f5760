# Invented event: Harwick Rovers sack their manager on Sunday 13 September 2026,
# the day after a 5-0 home defeat. Pronoun-heavy (all men), club statements,
# possessives next to speakers. Format: see ../README.md.
@story manager-sacked

@doc a | Harwick Evening News | 2026-09-13T17:00
Harwick Rovers sacked manager Paolo Benedetti on Sunday, less than 24 hours after a 5-0 home defeat by Castlebridge City on Saturday.

Benedetti, 51, was in charge for 14 months and 52 games, winning 19 of them. The club are 19th in the table.

Chairman Gordon Tait said he had spoken to Benedetti at the training ground on Sunday morning. “He took it with great dignity,”[[Gordon Tait]] he said.

“We thank Paolo for everything he has given this club,”[[Gordon Tait]] Tait said. “But results have not been good enough for a club of this size, and the board had to act.”[[Gordon Tait]]

First-team coach Steve Barlow will take charge of Tuesday’s cup tie against Moorfield.

Saturday’s crowd of 31,000 saw Castlebridge score three times before half-time. Many fans left at the interval.

Benedetti said in a statement released through the League Managers Association: “I gave this club everything I had. I am proud of the young players who came through, and I wish the supporters nothing but success.”[[Paolo Benedetti]]

Captain Lewis Hartley posted on Instagram: “Gaffer, thank you for believing in me. This one is on us, the players.”[[Lewis Hartley]]

@doc b | Sportswire | 2026-09-13T12:30
Harwick Rovers have sacked Paolo Benedetti, a day after a 5-0 thrashing by Castlebridge City on Saturday left them 19th in the table.

Benedetti lost 21 of his 52 games in charge.

"The board has decided that a change is needed to give the club the best chance of staying up,"[[Harwick Rovers]] the club said in a statement.

"Paolo leaves with our thanks and our respect. Steve Barlow will take charge of the first team until a permanent appointment is made.[[Harwick Rovers]]

"We will not be making any further comment today."[[Harwick Rovers]]

Saturday's attendance was 31,204, the club's lowest of the season.

Benedetti's agent, Marco Ruiz, said his client had been told of the decision by phone. "Paolo found out the way nobody should find out,"[[Marco Ruiz]] Ruiz said.

Benedetti is entitled to £3 million in compensation, according to people familiar with his contract.

@doc c | The Daily Spark | 2026-09-13T22:00
BENEDETTI AXED

Paolo Benedetti was booted out by Harwick Rovers today after a humiliating 5-0 defeat on Friday night.

The Italian, who lasted 48 games, was told the news by chairman Gordon Tait.

Former Rovers striker Danny Ferris wrote in his Spark column: "Benedetti had to go. The players stopped running for him weeks ago."[[Danny Ferris]]

"Where was the fight? Where was the pride?"[[Danny Ferris]] asked Ferris.

Benedetti had "lost the trust of the players"[[-]], according to a senior club source.

"He was a good coach let down by the people above him,"[[Ian Cray]] said Benedetti's former assistant, Ian Cray.

Fan Gary Lister, 44, who has had a season ticket for 30 years, said: 'I've never seen a Rovers side give up like that. Not once.'[[Gary Lister]]

@doc d | Radio Harwick | 2026-09-14T07:00
Harwick Rovers are looking for a new manager after Paolo Benedetti was sacked yesterday.

Caretaker Steve Barlowe takes charge for tomorrow's cup tie against Moorfield. "The lads are hurting, but they want to put things right,"[[Steve Barlowe]] Barlowe told Radio Harwick.

Asked whether Benedetti had lost the dressing room, captain Lewis Hartley said: "No. Never. We let him down, not the other way round."[[Lewis Hartley]]

Hartley also said: "Results have not been good enough for a club of this size."[[Lewis Hartley]]

Benedetti is reported to be due £3.5m in compensation.

The Harwick Supporters' Trust said it wanted the board to "explain its plan, not just its decision"[[Harwick Supporters' Trust]].

Chairman Gordon Tait is expected to speak to fans at a forum on Thursday. Tait, who bought the club in 2021, said last week that Benedetti had his "full backing"[[Gordon Tait]].

@conflict NUMBER games in charge
  a: "52 games" = 52
  b: "52 games" = 52
  c: "48 games" = 48

@conflict NUMBER compensation
  b: "£3 million" = 3000000
  d: "£3.5m" = 3500000

@conflict DATE day of the defeat
  a: "on Saturday" = 2026-09-12
  b: "on Saturday" = 2026-09-12
  c: "on Friday night" = 2026-09-11

@conflict NAME caretaker manager
  a: "Steve Barlow" = Barlow
  b: "Steve Barlow" = Barlow
  d: "Steve Barlowe" = Barlowe

@conflict QUOTE_SPEAKER results not good enough
  a: "results have not been good enough for a club of this size" = Gordon Tait
  d: "Results have not been good enough for a club of this size" = Lewis Hartley

@same NUMBER attendance rounded
  a: "crowd of 31,000" = 31000
  b: "attendance was 31,204" = 31204

@same NUMBER games won vs lost
  a: "winning 19 of them" = won
  b: "lost 21 of his 52 games" = lost

@same DATE day of the sacking
  a: "on Sunday" = 2026-09-13
  d: "sacked yesterday" = 2026-09-13

@same DATE day of the cup tie
  a: "Tuesday’s cup tie" = 2026-09-15
  d: "tomorrow's cup tie" = 2026-09-15
