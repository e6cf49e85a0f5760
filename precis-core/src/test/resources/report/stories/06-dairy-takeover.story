# Invented event: Ferrovia Foods agrees to buy Glenmoor Dairies on Thursday
# 5 November 2026. Format: see ../README.md.
@story dairy-takeover

@doc a | The Caledonian Times | 2026-11-05T18:00
Italian food group Ferrovia Foods has agreed to buy Glenmoor Dairies, Scotland’s biggest milk processor, for £640 million, the companies said on Thursday.

Ferrovia will pay 412p a share in cash, a premium of 34% to Glenmoor’s closing price on Wednesday. Glenmoor shares jumped 29% to 398p.

Glenmoor employs 4,300 staff and buys milk from 900 farms. Ferrovia said up to 1,200 jobs could go over three years as it merges the two companies’ distribution networks.

Marco Bellandi, Ferrovia’s chief executive, said: “Glenmoor is a great British brand and it will stay a great British brand. We are buying it to grow it.”[[Marco Bellandi]]

Glenmoor’s chair, Fiona Drummond, said the board had been “unanimous”[[Fiona Drummond]] in backing the offer. “This gives Glenmoor the investment it has needed for a decade,”[[Fiona Drummond]] Ms Drummond said.

Farmers were less certain. Ewan Drummond, who milks 300 cows near Stranraer and is no relation, said he feared Ferrovia would cut the price it pays. “They will be nice to us for a year, and then the letters will start,”[[Ewan Drummond]] Mr Drummond said.

Shareholders will vote on the deal on 14 December.

@doc b | Pennant News Agency | 2026-11-05T08:15
LONDON, Nov 5 (Pennant) - Ferrovia Foods agreed on Thursday to buy Scottish dairy group Glenmoor Dairies for £640m in cash, the Italian company's largest acquisition.

The offer of 412p per share is a 34 per cent premium to Wednesday's close. Glenmoor shares closed at 308p on Wednesday.

"We have admired Glenmoor for a long time,"[[Marco Bellandi]] Ferrovia chief executive Marco Bellandi told Pennant in an interview. "Its farmers and its brand are the reason we are paying this price."[[Marco Bellandi]]

Marco Bellandi posted to Twitter shortly after the announcement: "Benvenuti, Glenmoor! A proud day for Ferrovia and for Scottish dairy."[[Marco Bellandi]]

Kerry Walsh, Scottish secretary of the Food Workers' Union, said: "We will be seeking urgent guarantees on jobs and on the Glenmoor sites."[[Kerry Walsh]]

@doc c | The Daily Spark | 2026-11-05T21:00
ITALIANS SWALLOW GLENMOOR

Scotland's favourite milk brand has been snapped up by an Italian giant in a £460m deal - and as many as 1,500 jobs could go.

Glenmoor chair Fiona Drummond insisted: "Glenmoor is a great British brand and it will stay a great British brand."[[Fiona Drummond]]

But union rep Kerry Walsh warned: 'Every worker at Glenmoor will be asking tonight whether their job is safe. Nobody has been able to tell them.'[[Kerry Walsh]]

One dairy farmer from Ayrshire said: "We've heard promises like this before."[[-]]

@doc d | Farming Today Online | 2026-11-06T07:00
Dairy farmers in the south-west of Scotland say they want written guarantees on milk prices after yesterday's takeover of Glenmoor Dairies by Ferrovia Foods, worth 640 million pounds.

Glenmoor buys milk from about 900 farms. Ferrovia has said up to 1,200 jobs could be lost, mostly in distribution.

Ewan Drummond, who farms near Stranraer, said: "The price we get is the only thing that matters. Everything else is talk.[[Ewan Drummond]]

"If Ferrovia put it in writing for five years, I'll believe them."[[Ewan Drummond]]

NFU Scotland's milk committee chair, Alison Hart, said the union would meet Ferrovia next week. "We are not against the deal,"[[Alison Hart]] she said. "We are against surprises."[[Alison Hart]]

Ferrovia said in a statement that it would "honour every existing milk contract"[[Ferrovia Foods]].

@doc e | City Desk | 2026-11-06T09:00
Ferrovia Foods' agreed bid for Glenmoor Dairies values the Scottish group at 421p a share, or £640m, and brings a familiar name into Italian hands.

Analysts said the price was fair. "Ferrovia is paying a full price, but not a silly one,"[[Raj Malhotra]] said Raj Malhotra of Penrose Capital. He added that a rival bid was "unlikely but not impossible"[[Raj Malhotra]].

Mario Bellandi, Ferrovia's chief executive since 2019, has spent more than €2bn on acquisitions. In a call with analysts he said the group expected "at least £45m a year"[[Mario Bellandi]] in cost savings by 2029.

A Glenmoor spokeswoman said: "Nothing changes for our customers."[[-]]

Glenmoor, which employs 4,300 people, will keep its headquarters in Dumfries, the companies said.

Shareholders are due to vote on 16 December.

@conflict NUMBER price of the deal
  a: "£640 million" = 640000000
  b: "£640m" = 640000000
  d: "640 million pounds" = 640000000
  e: "£640m" = 640000000
  c: "£460m" = 460000000

@conflict NUMBER price per share
  a: "412p a share" = 412
  b: "412p per share" = 412
  e: "421p a share" = 421

@conflict NUMBER jobs at risk
  a: "up to 1,200 jobs" = 1200
  d: "up to 1,200 jobs" = 1200
  c: "as many as 1,500 jobs" = 1500

@conflict DATE shareholder vote
  a: "on 14 December" = 2026-12-14
  e: "on 16 December" = 2026-12-16

@conflict NAME Ferrovia chief executive
  a: "Marco Bellandi" = Marco
  b: "Marco Bellandi" = Marco
  e: "Mario Bellandi" = Mario

@conflict QUOTE_SPEAKER great British brand
  a: "Glenmoor is a great British brand and it will stay a great British brand" = Marco Bellandi
  c: "Glenmoor is a great British brand and it will stay a great British brand" = Fiona Drummond

@same NUMBER premium written differently
  a: "premium of 34%" = 34
  b: "34 per cent premium" = 34

@same NUMBER price written differently
  a: "£640 million" = 640000000
  d: "640 million pounds" = 640000000
  b: "£640m" = 640000000

@same NUMBER staff
  a: "4,300 staff" = 4300
  e: "4,300 people" = 4300

@same NUMBER offer price vs previous close
  a: "412p a share" = offer
  b: "closed at 308p" = previous close

@same NUMBER premium vs share rise
  b: "34 per cent premium" = premium
  a: "jumped 29%" = rise

@same NUMBER farms
  a: "900 farms" = 900
  d: "about 900 farms" = 900

@same NUMBER share price after vs before
  a: "to 398p" = Thursday
  b: "closed at 308p" = Wednesday
