# HELD-OUT story: written after the rules were tuned on ../stories, and not used to tune
# them. Invented event: Housing Secretary Imran Haddad resigns on Monday 2 November 2026
# over his contacts with a developer. Political style: pronouns, letters quoted over
# several paragraphs, spokesmen, sources. Format: ../README.md.
@story minister-resigns

@doc a | The Chronicle | 2026-11-02T21:00
Housing Secretary Imran Haddad resigned on Monday after admitting he had met the developer behind the Fairhaven scheme without officials present.

In a letter to the Prime Minister, Catherine Moss, Mr Haddad wrote: “I have always tried to do this job with integrity. I accept that on this occasion I fell short of the standard the public is entitled to expect.[[Imran Haddad]]

“I will support the Government from the back benches.”[[Imran Haddad]]

Mrs Moss accepted his resignation within the hour. She said he had “served with energy and conviction”[[Catherine Moss]] and that the planning reforms would continue.

The Fairhaven development, which would put 1,400 homes on former farmland outside Ashcombe, was approved by Mr Haddad in September against the advice of planning inspectors. He met Graham Ketteridge, the chairman of Ketteridge Homes, on 14 October.

Ketteridge Homes gave £250,000 to the governing party last year, according to Electoral Commission records.

The opposition housing spokeswoman, Helen Achterberg, said the resignation did not end the matter. “This is not a resignation, it is an admission,”[[Helen Achterberg]] she said. “We want every document on Fairhaven published this week.”[[Helen Achterberg]]

Only last week the Planning Bill passed its second reading by 312 votes to 287. A poll by Meridian Research on Sunday put the governing party on 41%.

@doc b | Press Wire | 2026-11-02T17:00
LONDON (Press Wire) - Britain's Housing Secretary Imran Haddad quit on Monday over an unminuted meeting with a property developer whose 1,400-home project he later approved.

"I accept that on this occasion I fell short of the standard the public is entitled to expect,"[[Imran Haddad]] Haddad said in his resignation letter.

A Downing Street spokesman said the Prime Minister had accepted the resignation "with regret"[[-]]. He said the Government's planning reforms, which cleared the House of Commons last week by 312 votes to 287, would go ahead.

Opposition leader Daniel Frome called for an independent inquiry. "The public deserves to know who was in that room and what was promised,"[[Daniel Frome]] Frome told reporters in Westminster.

Graham Ketteridge, whose company is building the 1,400 new homes, said he had "done nothing improper"[[Graham Ketteridge]].

A Meridian Research poll published on Sunday had the governing party on 41 per cent.

@doc c | The Daily Spark | 2026-11-02T23:00
HOUSING BOSS QUITS IN SHAME

Disgraced Housing Secretary Imran Haddad tonight quit after it emerged he secretly met a party donor before waving through a huge housing estate.

Haddad held talks with developer Graham Kettridge on 21 October - weeks before the scheme's approval was made public - the Spark can reveal.

A source close to the minister said: "He knew the game was up by the weekend. He wanted to go before he was pushed."[[-]]

Furious villagers in Ashcombe, where the homes will be built, celebrated the news. Parish councillor Jean Pocock, 68, said: 'We have been saying for a year that this stank. Now everybody knows.'[[Jean Pocock]]

The Government's planning shake-up scraped through the Commons by 321 votes to 287 last week.

@doc d | Westminster Today | 2026-11-03T08:00
Imran Haddad's resignation yesterday leaves the Prime Minister without her third housing secretary in two years and puts the Fairhaven scheme back under the spotlight.

The development would put 4,100 homes on farmland near Ashcombe. Ketteridge Homes, which is building it, gave the party £25,000 last year.

Opposition leader Daniel Frome went further than his housing spokeswoman. "This is not a resignation, it is an admission,"[[Daniel Frome]] he told Radio Five.

Catherine Moss, speaking in Leeds, said she had "full confidence"[[Catherine Moss]] in her remaining ministers. Asked whether she had known about the meeting, the Prime Minister said: "I knew what I was told, and I acted as soon as I knew more."[[Catherine Moss]]

Mr Haddad posted on X last night: "Thank you to the brilliant officials I worked with. I am sorry to have let you down."[[Imran Haddad]]

According to a senior party official, the Chief Whip had warned Mr Haddad in October that the meeting "would come out eventually"[[-]].

@conflict NUMBER second reading vote
  a: "312 votes to 287" = 312
  b: "312 votes to 287" = 312
  c: "321 votes to 287" = 321

@conflict NUMBER homes in the scheme
  a: "1,400 homes" = 1400
  b: "1,400 new homes" = 1400
  d: "4,100 homes" = 4100

@conflict NUMBER donation
  a: "£250,000" = 250000
  d: "£25,000" = 25000

@conflict DATE meeting with the developer
  a: "on 14 October" = 2026-10-14
  c: "on 21 October" = 2026-10-21

@conflict NAME developer's chairman
  a: "Graham Ketteridge" = Ketteridge
  b: "Graham Ketteridge" = Ketteridge
  c: "Graham Kettridge" = Kettridge

@conflict QUOTE_SPEAKER not a resignation
  a: "This is not a resignation, it is an admission" = Helen Achterberg
  d: "This is not a resignation, it is an admission" = Daniel Frome

@same NUMBER poll written differently
  a: "41%" = 41
  b: "41 per cent" = 41

@same NUMBER homes written differently
  a: "1,400 homes" = 1400
  b: "1,400-home project" = 1400

@same DATE day of the resignation
  a: "resigned on Monday" = 2026-11-02
  d: "resignation yesterday" = 2026-11-02
