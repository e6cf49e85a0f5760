# Invented event: a roof fall at Greyscar colliery traps miners on Tuesday
# 20 October 2026; eleven are rescued early on Thursday 22 October.
# Format: see ../README.md.
@story colliery-collapse

@doc a | Valley Chronicle | 2026-10-22T09:00
Eleven miners were brought to the surface alive at Greyscar colliery early on Thursday, 36 hours after a roof collapse trapped 14 men 450 metres underground. Three of the trapped miners died.

The roof of a tunnel on the colliery’s lower level collapsed on Tuesday afternoon, sealing off a section where the men were working.

Superintendent Dafydd Morgan of the Mines Rescue Service, who led the operation, said: “We dug by hand for most of the last twelve hours because the ground was too unstable for machines.”[[Dafydd Morgan]]

“When we heard them knocking on the pipe, I have never seen grown men cry like that,”[[Dafydd Morgan]] he said.

Liam Cole, 24, the youngest of the rescued men, was carried out on a stretcher and waved to the crowd. His mother, Karen Cole, said: “I haven’t slept since Tuesday. I just want to hold him.”[[Karen Cole]]

Owen Pritchard, regional president of the National Union of Mineworkers, said the union had raised concerns about roof supports at Greyscar in the summer. “These men went down that shaft knowing the roof was bad,”[[Owen Pritchard]] Mr Pritchard said.

Greyscar Coal said in a statement that the safety of its workers was its “first and only priority”[[Greyscar Coal]] and that it would cooperate with the inspectorate.

The company has set up a £2 million fund for the families of the dead.

@doc b | United Wire | 2026-10-22T06:00
GREYSCAR, Wales, Oct 22 (United Wire) - Rescuers freed 11 miners who had been trapped for a day and a half after a roof fall at the Greyscar colliery in south Wales, officials said on Thursday. Three miners were killed.

Fourteen men were trapped by the collapse 450 metres below ground on Tuesday.

"It is the best and the worst day of my career,"[[Dafydd Morgan]] said Dafydd Morgan, the Mines Rescue Service superintendent who led the rescue.

Doctors said the rescued men were in good condition. "They are exhausted and dehydrated, but they are talking and even joking,"[[Sunita Rao]] said Dr Sunita Rao of Greyscar General Hospital.

Greyscar Coal chief executive Viktor Hale said the company would pay two million pounds into a fund for the victims' families. He told reporters: "No amount of money can make up for what these families have lost, and we don't pretend it can."[[Viktor Hale]]

The Mines Inspectorate has opened an investigation.

@doc c | Daily Beacon | 2026-10-22T12:00
MIRACLE AT GREYSCAR

Eleven brave miners cheated death after spending 36 hours entombed 540 metres underground.

The men were among fourteen trapped when the roof of a tunnel caved in at Greyscar colliery in Wales. Three of their workmates were killed.

Youngest survivor Liam Cole, 27, punched the air as he was stretchered out. "I knew they would come for us. I never stopped believing,"[[Liam Cole]] he told the Beacon from his hospital bed.

His girlfriend Chloe Bevan, 25, sobbed: "I thought I'd lost him."[[Chloe Bevan]]

Union boss Owen Pritchard blasted the pit's owners. "These men went down that shaft knowing the roof was bad,"[[Owen Pritchard]] he said.

@doc d | Valleys FM | 2026-10-22T18:00
The three miners who died at Greyscar colliery have been named as Gethin Price, 52, Aled Jones, 38, and Tom Walsh, 31.

Eleven of their colleagues were rescued early this morning after more than a day underground, following the collapse on Monday. The collapse trapped 14 men on the colliery's lower level.

In a statement, their families said they were "proud of them every day, and never more than now"[[-]].

Dafydd Morgan, the superintendent in charge of the rescue, told Valleys FM: "These men went down that shaft knowing the roof was bad."[[Dafydd Morgan]]

He said the rescue teams would return to recover equipment once the tunnel was made safe.

Viktor Hale, the chief executive of Greyscar Coal, said he would meet the families on Friday. "I owe them answers, and I owe them those answers face to face,"[[Viktor Hale]] Hale said.

The Welsh Government's economy minister, Sian Griffiths, said: "Every question about safety at Greyscar will be asked and answered."[[Sian Griffiths]]

@doc e | Mining Journal Weekly | 2026-10-23T09:00
The roof fall that trapped 16 miners at Greyscar colliery on Tuesday will put pressure on the Mines Inspectorate to review roof-support rules across the industry.

Greyscar, which employs 450 people, produces about 600,000 tonnes of coal a year.

Superintendent Rhys Morgan of the Mines Rescue Service said the collapse had been "the most difficult rescue"[[Rhys Morgan]] his teams had attempted in a decade.

Industry consultant Hywel Barry wrote in a blog post: “Greyscar’s owners cut roof-bolting shifts last year to save money. The inquiry must ask whether that played a part.”[[Hywel Barry]]

Viktor Hale told analysts that production would be suspended "for as long as it takes"[[Viktor Hale]].

@conflict NUMBER depth of the collapse
  a: "450 metres underground" = 450
  b: "450 metres below ground" = 450
  c: "540 metres underground" = 540

@conflict NUMBER miners trapped
  a: "trapped 14 men" = 14
  b: "Fourteen men were trapped" = 14
  c: "among fourteen trapped" = 14
  d: "trapped 14 men" = 14
  e: "trapped 16 miners" = 16

@conflict DATE day of the collapse
  a: "on Tuesday afternoon" = 2026-10-20
  b: "on Tuesday" = 2026-10-20
  e: "on Tuesday" = 2026-10-20
  d: "the collapse on Monday" = 2026-10-19

@conflict NAME rescue superintendent
  a: "Dafydd Morgan" = Dafydd
  b: "Dafydd Morgan" = Dafydd
  d: "Dafydd Morgan" = Dafydd
  e: "Rhys Morgan" = Rhys

@conflict QUOTE_SPEAKER the roof was bad
  a: "These men went down that shaft knowing the roof was bad" = Owen Pritchard
  c: "These men went down that shaft knowing the roof was bad" = Owen Pritchard
  d: "These men went down that shaft knowing the roof was bad" = Dafydd Morgan

@conflict NUMBER age of Liam Cole
  a: "Liam Cole, 24" = 24
  c: "Liam Cole, 27" = 27

@same NUMBER trapped written differently
  a: "14 men" = 14
  b: "Fourteen men" = 14

@same NUMBER families fund
  a: "£2 million fund" = 2000000
  b: "two million pounds" = 2000000

@same NUMBER duration of the rescue
  a: "36 hours" = 36 hours
  b: "a day and a half" = 36 hours

@same NUMBER rescued vs trapped
  a: "trapped 14 men" = trapped
  b: "freed 11 miners" = rescued

@same NUMBER dead
  a: "Three of the trapped miners died" = 3
  d: "The three miners who died" = 3
