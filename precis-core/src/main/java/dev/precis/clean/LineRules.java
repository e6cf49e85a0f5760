package dev.precis.clean;

import dev.precis.lang.WordLists;
import dev.precis.model.Words;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whole-line rules: decides whether one line (already freed of entities and tags) is debris, and why. Only lines of
 * at most {@link #MAX_LINE} characters are examined; every pattern is anchored and has bounded repetitions, so a
 * line costs at most a few thousand steps whatever it contains.
 *
 * <p>Precision comes first: a rule fires only on a line's shape (a label and a colon, a credit at the very end, a
 * list of share buttons, an imperative opener plus a promotional cue), never on a keyword alone, so sentences that
 * talk about photos, Twitter, reading or signing up are kept.
 */
final class LineRules {
  private LineRules() {}

  static final int MAX_LINE = 600;

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static Pattern ci(String regex) {
    return Pattern.compile(regex, CI);
  }

  private static Pattern cs(String regex) {
    return Pattern.compile(regex);
  }

  // ---------------------------------------------------------------- wire notes
  private static final Set<String> WIRE_EXACT = WordLists.words("en", "wire-end-marks");
  private static final Pattern RULE_LINE = cs("(?:_{3,}|-{3,}|={3,}|\\*{3,}|~{3,}|(?:\\* ){2,}\\*|(?:_ ){2,}_)");
  private static final Pattern STORY_CAN_END = ci("\\(?\\s?story can end here\\b.{0,80}");
  private static final Pattern OPTIONAL_MATERIAL = ci(".{0,60}optional (?:material|matter|add) follows.{0,10}");
  private static final Pattern EDITOR_INITIALS = cs("\\([a-z]{1,8}(?:[-/] ?[a-z]{0,8}){0,8} ?\\)");
  private static final Pattern BARE_INITIALS = cs("[a-z]{2,6}(?:[-/][a-z]{2,6}){1,6}");
  private static final Pattern LONE_CODE = cs("[a-z]{2,4}");
  private static final Pattern AGENCY_NOTE = ci("\\(?\\s?(?:with (?:inputs?|agency inputs?|additional reporting) from "
      + "|inputs? from |source: |sources: |\u2014 ?|- ?)?(?:the )?(?:agencies|agency|wires?|pti|ians|ani|afp|reuters|ap|aap"
      + "|dpa|xinhua|efe|ansa|upi|bloomberg|associated press|press association|pa media)(?: and (?:agencies|afp|reuters"
      + "|ap|pti|ians))?\\s?\\)?\\.?");
  private static final Pattern UPDATE_NOTE = ci("(?:update|updated|correction|clarification|editor'?s'? note)"
      + "(?<when>[^:]{0,60}):\\s?\\S.{0,500}");
  private static final Set<String> SHORT_WORDS = WordLists.words("en", "short-line-words");
  private static final Pattern TRANSMISSION = cs("[A-Z]{2,5}-\\d{2}-\\d{2}-\\d{2} \\d{4}[A-Z]{3}");
  private static final Pattern EDS = ci("(?:eds|editors?|note to editors|attn(?: editors?)?|advisory|editor'?s'? note"
      + "|correction|clarification|corrections)\\s?:.{0,600}");
  private static final Pattern SIGNOFF_PAREN = ci("\\(\\s?(?:additional |further |writing and )?"
      + "(?:reporting|writing|editing|compiled|research|production|produced|graphics|translated|translation|"
      + "fact-?checking|video|sub-?editing)(?: and (?:writing|editing|reporting))? by\\b[^()]{1,300}\\)\\.?");
  private static final Pattern CONTRIBUTING = ci("contribut(?:ing|ors?)(?: writers?| reporters?| reporting)?\\s?:.{1,300}");
  private static final Pattern CONTRIBUTED = ci(".{1,200}\\bcontributed(?: reporting| to)?(?: to| from)? "
      + "(?:this|the) (?:report|story|article|dispatch)\\.?|.{1,120}\\bcontributed (?:reporting|research)"
      + "(?: from| in) [\\p{L}][\\p{L} ,.'\u2019-]{1,60}\\.?");
  private static final Pattern THIS_STORY = ci("this (?:story|article|report|piece|post|item|page)"
      + "(?: has| had| was| is)?(?: been)? (?:updated|amended|corrected|edited|revised|changed|republished"
      + "|originally|first (?:published|appeared)|appears in|appeared in|was first|is part of a series)\\b.{0,400}");
  private static final Pattern PRINT_VERSION = ci("a version of this (?:article|story|report|piece) "
      + "(?:appears|appeared|was published|ran)\\b.{0,400}");
  private static final Pattern ORIGINALLY = ci("(?:this|the) (?:article|story|piece|post) (?:originally |first )?"
      + "(?:appeared|appears|was (?:originally |first )?published) (?:in|on)\\b.{0,300}");

  // ---------------------------------------------------------------- copyright
  private static final Pattern COPYRIGHT = ci("(?:\u00A9|\\(c\\)|copyright\\s?(?:\u00A9|\\(c\\)|\\d{4}))(?:.{0,400})");
  private static final Pattern RIGHTS = ci("(?:.{0,200}(?:\u00A9|\\(c\\)|copyright|\\b(?:19|20)\\d{2}\\b).{0,200}[.,]\\s?)?"
      + "all rights reserved\\.?(?:\\s.{0,200})?");
  private static final Pattern REDISTRIBUTE = ci("this material may not be published, broadcast, rewritten,? "
      + "or redistributed\\.?");

  // ---------------------------------------------------------------- photo credits and captions
  private static final String CREDIT_WORD =
      "(?:photo(?:graph)?s?|pic(?:ture)?s?|images?|photography|credit|photo credit|image credit|picture credit"
          + "|illustrations?|graphic|video credit|main image|top image|lead image|source)";
  private static final Pattern LABEL_CREDIT = ci(CREDIT_WORD + "(?: by)?\\s?:\\s?(?<rest>.{1,400})");
  private static final String NAME = "[A-Z][\\p{L}.'\u2019&-]*(?: (?:[A-Z][\\p{L}.'\u2019&-]*|de|van|von|der|da|of|for|the))"
      + "{0,4}";
  private static final Pattern BY_CREDIT = Pattern.compile("(?i:photo(?:graph)?s|photography|pictures|"
      + "illustrations?|images|video|photos and video|styling|graphics) (?i:by) " + NAME
      + "(?:(?: and |, | & )" + NAME + "){0,3}");
  private static final Pattern COPY_CREDIT = ci("(?:image|photo|picture|video|media)\\s(?:copyright|credit|source)"
      + "\\b.{0,120}");
  private static final Pattern AGENCY_PHOTO = cs("/?\\s?[A-Z][A-Z0-9&.-]{1,15}(?: [A-Z][A-Z0-9&.-]{1,15})?\\s"
      + "(?:PHOTO|PHOTOS|IMAGES|PICTURES|PHOTOGRAPH)\\s?(?:/.{0,200})?");
  private static final Pattern AGENCY_SLASH = cs("(?:[A-Z]{2,12}|[A-Z]{2,12} Photo|AP Photo|Reuters|Getty Images)"
      + " ?/ ?" + NAME + "(?: ?/ ?" + NAME + "){0,3}");
  private static final Pattern SLASH_CREDIT = cs(NAME + " ?/ ?" + NAME + "(?: ?/ ?" + NAME + "){0,4}");
  private static final Pattern STAFF_PHOTO = ci("(?:.{0,60}\\s)?(?:staff|file|submitted|contributed|courtesy"
      + "|handout|stock|pool|family|supplied|archive|library)\\s(?:photo(?:graph)?|image|picture|pic)s?\\.?");
  private static final Pattern COURTESY = ci("(?:(?:photo|image|picture)s?\\s(?:courtesy|supplied)|courtesy)(?: of)?"
      + "\\s.{1,80}");
  private static final Pattern PHOTOGRAPHER_PAREN = ci("(?<head>.{0,400}?)\\s?\\((?:staff |contributing |"
      + "freelance |chief |special )?photographer\\)\\.?");
  private static final Pattern AGENCY_END = ci("(?<head>.{0,500}?)[ /(]?\\b(?:via )?(?:getty images(?: for [^/]{1,40})?"
      + "|shutterstock|alamy(?: stock photo| live news)?|pa images|pa wire|pa media|rex features|rex/shutterstock"
      + "|istockphoto|istock|unsplash|wireimage|filmmagic|nurphoto|sopa images|zuma press|action images"
      + "|ap photo|afp photo)\\)?");
  private static final Pattern CAPTION_TRAIL_PAREN = ci("(?<head>.{0,500}?)\\s?\\((?:AP |AFP |Reuters |EPA |PA "
      + "|Staff |File |Getty )?(?:photo(?:graph)?|pic(?:ture)?|image|credit|photo credit|illustration|video|"
      + "graphic)s?\\s?(?:by\\s|:\\s?|/\\s?)[^()]{1,100}\\)\\.?");
  private static final Pattern CAPTION_TRAIL_LABEL = ci("(?<head>.{0,500}?[.!?\u2019\u201D\"])\\s(?:photo(?:graph)?|"
      + "pic(?:ture)?|image|credit|photo credit|illustration)s?(?: by)?\\s?:\\s?[^.]{1,100}");
  private static final Pattern CAPTION_TRAIL_SLASH = Pattern.compile("(?<head>.{0,500}?[.!?])\\s" + NAME + " ?/ ?"
      + NAME + "(?: ?/ ?" + NAME + "){0,3}");
  private static final Pattern CAPTION_TRAIL_FOR = Pattern.compile("(?<head>.{0,500}?[.!?])\\s[A-Z][\\p{L}'\u2019-]+"
      + " [A-Z][\\p{L}'\u2019-]+ (?:for|via) (?:The |the )?" + NAME);
  private static final Pattern COPYRIGHT_END = cs("(?<head>.{0,500}?)\\s?(?:\u00A9|\\(c\\)) ?[A-Z][\\p{L}.&'\u2019/ -]{1,60}");
  private static final Pattern CAPTION_MARKER = ci(".{0,300}\\((?:pictured|pictured (?:left|right|centre|center|above|"
      + "below|inset|top|bottom)|left|right|centre|center|above|below|inset|top|bottom|file|file photo|main)\\).{0,300}");
  private static final Pattern CAPTION_PREFIX = ci("(?:image|media|video|photo|picture|audio) caption\\b.{0,400}");
  private static final Pattern CAPTION_LABEL = ci("(?:caption|pictured|above|below|left|right|top|bottom|"
      + "main(?: picture| image| photo)?|inset|clockwise from (?:top )?left|from left|in the picture|seen here)"
      + "\\s?:\\s?\\S.{0,400}");
  private static final Pattern SHORTCODE_CAPTION = ci("\\[caption\\b.{0,2000}");

  // ---------------------------------------------------------------- cross-links
  private static final Pattern ARROW = cs("(?:\u25BA|\u25B6|\u25B8|\u00BB|>>|\u2192|\u27A4|\u2794|\u27F6|\u2023"
      + "|\u25B7)\\s?\\S.{0,300}");
  private static final String LINK_LABELS = "(?:read more|read next|read also|also read|more|related|related stories"
      + "|related articles|related coverage|related content|related links|related reading|related video|see also"
      + "|also see|recommended|recommended reading|further reading|more on this(?: story)?|more from [^:|]{1,40}"
      + "|you may also like|you might also like|don't miss|do not miss|most read|most popular|most viewed|trending"
      + "|top stories|watch|watch now|watch live|listen|listen now|video|explainer|in pictures|gallery|podcast"
      + "|in depth|in-depth|quiz|interactive|timeline|factbox|take our poll|poll|full story|read the full story"
      + "|click to read|previously|earlier|catch up|must read|editor's pick|sponsored|advertisement feature)";
  private static final Pattern LABELED_LINK = ci(LINK_LABELS + "\\s?(?::|\\||>|\u00BB|::|\u2192)\\s?\\S.{0,400}");
  private static final Pattern STRONG_LINK = ci("\\[?\\s?(?:read more|read next|read also|also read|related"
      + "|related stories|related articles|related coverage|see also|also see|more on this(?: story)?|recommended"
      + "|further reading|most read|more from|full story|read the full story)\\b");
  private static final Pattern LIST_HEADER = ci("(?:read more|read next|related|related stories|related articles"
      + "|related coverage|related content|related links|related topics|related reading|related videos?"
      + "|more on this(?: story)?|more from (?:the )?[\\p{L}' ]{1,40}|more stories|more like this|see also"
      + "|you may also like|you might also like|recommended(?: for you| stories| reading| articles)?|further reading"
      + "|most read(?: in [\\p{L} ]{1,30})?|most popular(?: in [\\p{L} ]{1,30})?|most viewed|most shared"
      + "|trending(?: now| stories| on [\\p{L}' ]{1,40})?|top stories|editor'?s picks|in other news"
      + "|elsewhere on [\\p{L}' ]{1,40}|also on [\\p{L}' ]{1,40}|around the web|from the web|sponsored stories"
      + "|promoted stories|latest news|latest stories|more news|more top stories|more headlines|what to read next"
      + "|top videos|more videos|related searches|popular now|don't miss|more in [\\p{L}' ]{1,30}|topics|tags"
      + "|more about [\\p{L}' ]{1,30}|related tags)\\s?:?");
  private static final Pattern TAGS = ci("(?:tags?|tagged(?: with| as)?|topics?|filed (?:under|in)|categor(?:y|ies)"
      + "|posted in|keywords|related topics|more about|subjects?)\\s?:.{1,400}");
  private static final Pattern POSTED_IN = ci("posted in .{1,100}\\|.{0,100}");
  private static final Pattern READ_OUR = ci("(?:read|see|follow) (?:our|the) (?:earlier|previous"
      + "|full|latest|related|original|complete|live) (?:coverage|story|stories|report|reports|article|interview"
      + "|analysis|piece|explainer|live blog|blog|updates|coverage)\\b.{0,100}");
  private static final Pattern READ_AT = ci("(?:read|see) (?:more|the (?:full|whole|original) (?:story|article|report)"
      + ")(?: here| at| on| in)\\b.{0,100}");
  private static final Pattern URL = ci("(?:https?://|www\\.)\\S{1,500}");

  // ---------------------------------------------------------------- promotion and page furniture
  private static final Set<String> PROMO_EXACT = Set.copyOf(java.util.Arrays.asList(
      "advertisement", "advertisements", "advert", "adverts", "ad", "ads", "sponsored", "sponsored content",
      "paid content", "paid post", "promoted", "promoted content", "partner content", "skip advert", "skip ad",
      "story continues below", "story continues below advertisement", "article continues below",
      "article continues below advertisement", "article continues after advertisement",
      "story continues after advertisement", "continue reading", "continue reading below",
      "continue reading the main story", "continue reading below advertisement", "continue reading the article",
      "continue reading the rest of the story", "continue reading below the ad", "scroll down for video",
      "scroll down for more", "scroll to continue with content", "scroll to continue reading", "share", "share this",
      "share this article", "share this story", "share this page", "share on facebook", "share on twitter",
      "share via email", "share article", "share story", "tweet", "email", "e-mail", "print", "copy link",
      "copy link to clipboard", "link copied", "like this", "like", "like loading", "comments", "comment",
      "leave a comment", "leave a reply", "view comments", "show comments", "add a comment", "join the discussion",
      "join the conversation", "subscribe", "subscribe now", "sign up", "log in", "login", "register", "sign in",
      "follow", "follow us", "back to top", "skip to content", "skip to main content", "next article",
      "previous article", "next story", "previous story", "show more", "load more", "see more", "view all",
      "view gallery", "open gallery", "gift this article", "gift article", "save", "save article",
      "save for later", "listen to this article", "listen to article", "reading time", "more from this author",
      "about the author", "newsletter", "newsletters", "get the app", "download the app", "support us", "donate",
      "report an error", "report a correction", "send us a tip", "related content", "subscribe to our newsletter",
      "transcript", "show transcript", "hide transcript", "key events", "show key events only", "live updates",
      "latest updates", "pinned post", "refresh", "auto-refresh", "recommended", "ad feedback",
      "video ad feedback", "listen to this story", "read this next", "top picks"));
  private static final Set<String> SHARE_TOKENS = WordLists.words("en", "share-tokens");
  private static final Set<String> NETWORKS = WordLists.words("en", "share-networks");
  private static final String CUE = "(?:newsletters?|inbox|alerts?\\b|notifications|\\bapps?\\b|subscri|podcast"
      + "|click here|follow us|follow (?:him|her|them|me)\\b|on (?:twitter|facebook|instagram|tiktok|youtube"
      + "|linkedin|whatsapp|threads|bluesky|snapchat|x)\\b|@\\w|newsdesk|news desk|newsroom|donat|membership"
      + "|unlimited access|\\bpremium\\b|support (?:us|our|local|independent|quality)|journalism|briefing|bulletin"
      + "|digest|straight to your|delivered to|sign[- ]?up|register|download|\\bsupport\\b|patreon|donat"
      + "|buy (?:us|me) a coffee|ko-fi|tip jar)";
  private static final Pattern SIGN_UP = ci("(?:sign(?:[- ])?up|signup|register|subscribe|join)(?: now| today| here"
      + "| free)? (?:for|to)\\b.{0,300}");
  private static final Pattern SIGN_UP_OBJECT = ci(".{0,300}(?:newsletters?|inbox|alerts?\\b|notifications|briefing"
      + "|bulletin|digest|updates|e-?mails?\\b|\\bour\\b|\\bfree\\b|\\bapp\\b|membership|subscription).{0,300}");
  private static final Pattern CLICK = ci("(?:click|tap|press) (?:here|the link|on the link|below|to|for|through to"
      + "|on (?:the|this) (?:image|picture|button|link))\\b.{0,300}");
  private static final Pattern FOLLOW = Pattern.compile("(?:.{0,200}(?:[.!?]\\s|,\\s))?(?i:follow|like|find) "
      + "(?:(?i:us|me|him|her|them)|@[\\w.]{1,30}|" + NAME + ") (?i:on|at|via) (?i:twitter|x|facebook|instagram"
      + "|tiktok|youtube|linkedin|threads|bluesky|mastodon|snapchat|whatsapp|telegram)\\b.{0,300}");
  private static final Pattern FOLLOW_US = ci("(?:follow|like|join) us\\b.{0,300}");
  private static final Pattern TIP = ci("(?:got|have|do you have|have you got|know|has) (?:a|any|an) (?:story|news tip"
      + "|tip|news story|picture|photo|video|pictures|videos|photos|exclusive|question)\\b.{0,300}");
  private static final Pattern TIP_CONTACT = ci(".{0,300}(?:e-?mail|contact|call|get in touch|send|whatsapp|@|"
      + "\\d{3}).{0,300}");
  private static final Pattern LISTEN_WATCH = ci("(?:listen|watch|hear|see)(?: to)?(?: again| now| live| back)?"
      + "(?: (?:the|our|this|a|an))? (?:full |whole |latest |complete |entire |extended )?(?:interview|report"
      + "|programme|program|episode|podcast|show|bulletin|video|clip|story|coverage|broadcast|documentary"
      + "|highlights|package)s?\\b.{0,200}");
  private static final Pattern LISTEN_CUE = ci(".{0,200}\\b(?:above|below|here|app|online|iplayer|on demand|"
      + "on (?:our|the) (?:website|site|app|channel)|player|now|at \\S+\\.\\w+|sounds|podcasts?)\\b.{0,200}");
  private static final Pattern APP = ci("(?:download|get|install|try) (?:the|our) .{0,60}\\bapps?\\b.{0,200}");
  private static final Pattern GET_LATEST = ci("(?:get|receive) (?:the|our|all the|breaking|exclusive)\\b.{0,100}"
      + "(?:alerts|app|newsletter|inbox|notifications|delivered|by e-?mail|via e-?mail|emails)\\b.{0,200}");
  private static final Pattern SHARE_THIS = ci("share (?:this|the) (?:article|story|page|post|video|gallery)\\b.{0,80}");
  private static final Pattern CONSENT = ci(".{0,300}\\b(?:unsubscribe at any time|we use your sign-?up|by (?:signing up|"
      + "subscribing|clicking|registering)[^.]{0,60}(?:agree|accept|consent)|privacy (?:policy|notice)|terms (?:of "
      + "(?:service|use)|and conditions))\\b.{0,400}");
  private static final Pattern CONSENT_CUE = ci(".{0,400}\\b(?:sign-?up|sign up|subscrib|newsletter|e-?mail|"
      + "register|unsubscribe|consent)\\b.{0,400}");
  private static final Set<String> COMMON_SHORT = WordLists.words("en", "common-short-words");
  private static final Pattern WANT = ci("(?:want|looking for|fancy|love|enjoyed this|enjoy this|like this story|"
      + "liked this|enjoying|like what you|enjoyed (?:reading|this))\\b.{0,100}\\?\\s.{0,300}");
  private static final Pattern FOR_LATEST = ci("(?:for (?:the latest|all the latest|breaking|live|more (?:news"
      + "|stories|updates|information|on this story|from|like this|coverage))|stay "
      + "(?:up to date|informed|in the know|ahead)|keep up(?: to date)?|never miss|don't miss (?:a|out)|to get "
      + "(?:the latest|our))\\b.{0,300}");
  private static final Pattern SUPPORT = ci("(?:(?:support|fund|back|protect) (?:our|local|independent|quality"
      + "|trusted|the|public|free)?\\s?(?:journalism|reporting|newsroom)|support for .{1,80} (?:comes|is provided)"
      + " (?:from|by)|become a (?:member|subscriber|supporter|patron|friend)|donate (?:now|today|here)|make a "
      + "(?:donation|contribution)|we rely on (?:readers|you|listeners))\\b.{0,300}");
  private static final Pattern SUBSCRIBE = ci("subscribe\\b.{0,300}");
  private static final Pattern COMMENTS = ci("(?:comments? (?:are|have been|is) (?:now )?(?:closed|disabled|turned "
      + "off|open)|comments? closed|\\d{1,6} comments?|view \\d{1,6} comments?|join the (?:conversation|discussion"
      + "|debate)|leave a (?:comment|reply)|show \\d{1,6} comments?|what do you think\\?.{0,150}(?:comment|let us "
      + "know))\\b.{0,200}");
  private static final Pattern NEWSLETTER_VERB = ci(".{0,200}\\b(?:sign up|sign-up|subscribe|inbox|register)\\b.{0,200}");
  private static final Pattern SCROLL = ci("scroll (?:down |up )?(?:for|to)\\b.{0,100}");
  private static final Pattern CATCH_LATEST = ci("catch (?:all )?(?:the )?(?:latest|live|breaking|all)\\b.{0,300}");
  private static final Pattern SHARE_YOUR = ci("(?:share|send us|tell us) (?:your|us your) (?:story|stories|experiences?"
      + "|views|thoughts|pictures|photos|videos|memories|tips?)\\b.{0,300}");
  private static final Pattern AFFILIATE = ci(".{0,300}\\b(?:may|might|could|will) (?:earn|receive|get|make) (?:a )?"
      + "(?:small )?(?:commission|share of (?:the )?(?:sale|sales|revenue)|affiliate commission)\\b.{0,300}");
  private static final Pattern LISTEN_LIVE = ci("(?:listen|watch|tune in)(?: live| again| now| back| in)\\b.{0,200}");
  private static final Pattern PLAYER = ci("(?:listen|play|watch|audio|video|duration)\\s?[\u00B7\u2022|:-]?\\s?"
      + "\\d{1,2}:\\d{2}(?::\\d{2})?(?: min)?");
  private static final Pattern ABOUT = cs("About (?:the |The )?[A-Z][\\p{L}&.'\u2019-]*(?: [A-Z&][\\p{L}&.'\u2019-]*){0,5}");

  // ---------------------------------------------------------------- social embeds
  private static final String SOCIAL_DATE = "(?:[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8},? "
      + "\\d{4})";
  private static final Pattern TWEET_SIGNOFF = cs("(?:[\u2014\u2013-]{1,2}\\s?)?[^()]{1,80}\\(@[\\w.]{1,30}\\)\\s"
      + "(?:on )?" + SOCIAL_DATE + "\\.?");
  private static final Pattern INSTAGRAM = ci("(?:view (?:this|the) post on (?:instagram|facebook|x|twitter|tiktok"
      + "|threads)|a post shared by .{1,120}|(?:a )?(?:video|photo|post) (?:posted|shared) by .{1,60}\\(@[\\w.]{1,30}"
      + "\\).{0,80}|(?:see|view|watch) (?:this|the|more) (?:post|tweet|video|photo)s? on (?:instagram|twitter|x"
      + "|facebook|tiktok|youtube)\\b.{0,100}|(?:allow|accept) (?:twitter|x|instagram|facebook|tiktok|youtube"
      + "|social media|third-party) content\\b.{0,300}|(?:twitter|instagram|facebook|tiktok|youtube|x) (?:content"
      + "|post|video)|(?:skip|end of) (?:twitter|instagram|facebook|tiktok|youtube|x) (?:post|content)\\b.{0,60}"
      + "|this (?:tweet|post|content|video) (?:is unavailable|has been deleted|is not available|has been "
      + "withheld)\\b.{0,100}|embedded (?:content|post|video|tweet|media) (?:from|on) (?:twitter|x|instagram"
      + "|facebook|tiktok|youtube|threads|bluesky).{0,40}|posted by .{1,60} on "
      + WordLists.lines("en", "weekdays").stream().collect(Collectors.joining("|", "(?:", ")")) + ", "
      + ".{1,60}|(?:a )?(?:tiktok|tweet|post|video) (?:from|by) @[\\w.]{1,30}.{0,80})");

  // ---------------------------------------------------------------- bylines
  private static final Pattern WORDS_BY = ci("(?:words|text|story|written|report|interview|reporting|additional "
      + "reporting|author|reporter|writer)(?: by)?\\s?:?\\s(?<names>.{1,120})");
  private static final Pattern ROLE_LINE = cs("(?<names>" + NAME + "(?:(?: and |, | & )" + NAME + "){0,3}),? "
      + "(?:[A-Z][\\p{L}-]*\\s){0,3}(?i:correspondent|reporter|writer|editor|columnist|contributor|staff writer"
      + "|staff reporter|journalist|photographer)s?\\.?");
  private static final Pattern WIRE_WRITER = cs("(?:[A-Z][\\p{L}]*\\s){0,3}(?:Staff |Press |News )?"
      + "(?:Writer|Correspondent|Reporter|Editor|Columnist|Writers|Correspondents|Reporters|Editors)");
  private static final Pattern MEDIA_CONTACT = ci("(?:media|press|news media|for (?:more|further) information,?)"
      + "(?: contacts?| enquiries| inquiries| office)?\\s?:.{1,300}");
  private static final Pattern EMAIL_ONLY = ci("(?:e-?mail\\s?:\\s?)?[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63})"
      + "{1,5}\\.?");
  private static final Pattern HANDLE_ONLY = ci("(?:twitter\\s?:\\s?)?@\\w{1,30}");
  private static final Pattern CONTACT = Pattern.compile("(?i:contact|reach|email|e-mail|write to) (?:(?i:the "
      + "(?:author|reporter|writer|writers|reporters))|" + NAME + "|(?i:him|her|them)) (?i:at|on|via|by)\\b"
      + ".{0,300}");
  private static final Pattern REACH_PRONOUN = ci(".{0,300}\\b(?:reach|contact|email|e-mail) (?:him|her|them|me) "
      + "(?:at|on|via)\\b.{0,300}|.{0,300}\\bfollow (?:him|her|them|me) on (?:twitter|x|instagram|facebook|threads"
      + "|bluesky|linkedin)\\b.{0,300}");
  private static final Pattern REACHED = Pattern.compile(NAME + " (?i:can be reached|may be reached|can be "
      + "contacted|is reachable) (?i:at|on|via|by)\\b.{0,200}");
  private static final Pattern BIO = Pattern.compile(NAME + " (?:is|was|covers|writes|reports)\\b.{0,300}");
  private static final Pattern BIO_ROLE = ci(".{0,200}\\b(?:(?:is|was) (?:a|an|the)(?: [\\p{L}'\u2019&-]+){0,5} "
      + "(?:columnist|correspondent|reporter|writer|editor|contributor|critic|freelance journalist|"
      + "commentator)|covers [\\p{L} ,&-]{1,80} for|writes (?:about|on) [\\p{L} ,&-]{1,80} for|author of)\\b.{0,300}");

  // ---------------------------------------------------------------- markup and page chrome
  private static final Pattern CHROME = ci("(?:media playback is (?:unsupported|not supported)|your browser does "
      + "not support|this (?:video|content|media|audio) (?:can ?not|cannot|is not available|isn't available|is "
      + "unavailable|requires)|please (?:enable|turn on) javascript|javascript is (?:disabled|required|not "
      + "enabled)|you need (?:to enable )?javascript|to play this (?:video|audio)|sorry,? (?:this|the) "
      + "(?:video|content|media)|we use cookies|by using this (?:site|website),? you|accept (?:all )?cookies"
      + "|cookie (?:policy|settings|preferences)|click to (?:enlarge|expand|play)|enlarge this image|toggle "
      + "caption|hide caption|show caption|open image in gallery)\\b.{0,200}");
  private static final Pattern CHROME_EXACT_ONLY = ci("(?:replay(?: video)?|close|menu|play(?: video)?|pause|mute"
      + "|unmute|fullscreen|now playing|up next|embedded video|video player|\\d{1,3} of \\d{1,3}|image \\d{1,3} "
      + "of \\d{1,3}|loading(?: video| comments)?(?:\\.{1,3}|\u2026)?)");
  private static final Pattern CODE = cs("(?:(?:var|let|const) [\\w$]{1,40} ?=|function ?\\(|\\(function ?\\(|window\\.|document\\."
      + "|googletag\\.|<!--|-->|\\]\\]>|@media |@import |\\.[\\w-]{1,40} ?\\{|#[\\w-]{1,40} ?\\{|\\{\\{|\\}\\})"
      + ".{0,600}");
  private static final Pattern SHORTCODE = ci("\\[/?(?:caption|embed|gallery|video|audio|playlist|vc_[a-z_]{1,30}"
      + "|et_pb_[a-z_]{1,30}|tweet|instagram|youtube)\\b[^\\]]{0,1000}\\]");

  /** The reason {@code line} is debris as a whole, or null. {@code line} is trimmed and free of markup. */
  static Reason classify(String line) {
    if (line.isEmpty() || line.length() > MAX_LINE) {
      return null;
    }
    String t = line;
    String low = Strings.lower(t);
    int words = Words.count(t);

    // Bracketed lines: "[Related: ...]", "[caption ...]".
    if (t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']' && t.length() > 2) {
      if (SHORTCODE_CAPTION.matcher(t).matches()) {
        return Reason.CAPTION;
      }
      if (SHORTCODE.matcher(t).matches()) {
        return Reason.MARKUP;
      }
      Reason inner = classify(Strings.trim(t.substring(1, t.length() - 1)));
      if (inner != null) {
        return inner;
      }
    }
    if (SHORTCODE_CAPTION.matcher(t).matches()) {
      return Reason.CAPTION;
    }

    Reason r = wireNote(t, low, words);
    if (r != null) {
      return r;
    }
    if (Timestamps.isTimestamp(t)) {
      return Reason.TIMESTAMP;
    }
    r = social(t, low, words);
    if (r != null) {
      return r;
    }
    if (words <= 40 && ((t.charAt(0) == '\u00A9' || low.startsWith("(c)") || low.startsWith("copyright"))
        && COPYRIGHT.matcher(t).matches() || low.startsWith("this material") && REDISTRIBUTE.matcher(t).matches()
        || low.contains("all rights reserved") && RIGHTS.matcher(t).matches() && !hasReportingVerb(low))) {
      return Reason.COPYRIGHT;
    }
    r = photo(t, low, words);
    if (r != null) {
      return r;
    }
    if (!Strings.isQuote(t.charAt(0))) {
      // Lines opening with a quotation mark are speech: no cross-link, byline or promotion rule applies.
      r = crossLink(t, low, words);
      if (r != null) {
        return r;
      }
      r = byline(t, words);
      if (r != null) {
        return r;
      }
      r = promo(t, low, words);
      if (r != null) {
        return r;
      }
    }
    if (words <= 30 && CHROME.matcher(t).matches() || words <= 4 && CHROME_EXACT_ONLY.matcher(t).matches()
        || CODE.matcher(t).matches() || SHORTCODE.matcher(t).matches()) {
      return Reason.MARKUP;
    }
    return null;
  }

  private static Reason wireNote(String t, String low, int words) {
    if (WIRE_EXACT.contains(t) || (t.length() <= 40 && RULE_LINE.matcher(t).matches())) {
      return Reason.WIRE_NOTE;
    }
    if (words <= 20 && (low.contains("story can end") || low.contains("optional m") || low.contains("optional add"))
        && (STORY_CAN_END.matcher(t).matches() || OPTIONAL_MATERIAL.matcher(t).matches())) {
      return Reason.WIRE_NOTE;
    }
    if (t.length() <= 60 && (EDITOR_INITIALS.matcher(t).matches()
        || (BARE_INITIALS.matcher(t).matches() && (t.indexOf('/') >= 0 || segments(t) >= 3)))) {
      return Reason.WIRE_NOTE;
    }
    if (t.length() <= 30 && isCodeGroup(low)) {
      return Reason.WIRE_NOTE;
    }
    if (t.length() <= 30 && (TRANSMISSION.matcher(t).matches()
        || LONE_CODE.matcher(t).matches() && !SHORT_WORDS.contains(t))) {
      return Reason.WIRE_NOTE;
    }
    if (t.length() <= 100 && isPickupLine(low)) {
      return Reason.WIRE_NOTE;
    }
    if (words <= 6 && AGENCY_NOTE.matcher(t).matches()) {
      return Reason.WIRE_NOTE;
    }
    if (words <= 80) {
      java.util.regex.Matcher u = UPDATE_NOTE.matcher(t);
      if (u.matches() && (Strings.trim(u.group("when")).isEmpty() || Timestamps.isTimestamp(u.group("when"))
          || Timestamps.isTimestamp("on " + Strings.trim(u.group("when"))))) {
        return Reason.WIRE_NOTE;
      }
    }
    if (words <= 80 && EDS.matcher(t).matches()) {
      return Reason.WIRE_NOTE;
    }
    if (low.contains(" by") && (SIGNOFF_PAREN.matcher(t).matches() || isBareSignoff(t))) {
      return Reason.WIRE_NOTE;
    }
    if (words <= 40 && low.contains("contribut")
        && (CONTRIBUTING.matcher(t).matches() || CONTRIBUTED.matcher(t).matches())) {
      return Reason.WIRE_NOTE;
    }
    if (words <= 70 && (low.startsWith("this ") || low.startsWith("the ") || low.startsWith("a version"))
        && (THIS_STORY.matcher(t).matches() || PRINT_VERSION.matcher(t).matches()
        || ORIGINALLY.matcher(t).matches())) {
      return Reason.WIRE_NOTE;
    }
    return null;
  }

  private static int segments(String t) {
    int n = 1;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '-' || t.charAt(i) == '/') {
        n++;
      }
    }
    return n;
  }

  /** "eps ab xx lk": three to six lower-case codes of two to four letters, none a common English word. */
  private static boolean isCodeGroup(String low) {
    String[] tokens = low.split(" ");
    if (tokens.length < 3 || tokens.length > 6) {
      return false;
    }
    for (String tok : tokens) {
      if (tok.length() < 2 || tok.length() > 4 || COMMON_SHORT.contains(tok)) {
        return false;
      }
      for (int i = 0; i < tok.length(); i++) {
        if (tok.charAt(i) < 'a' || tok.charAt(i) > 'z') {
          return false;
        }
      }
    }
    return true;
  }

  private static final Pattern ORDINAL = cs("\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
      + "|seventh|eighth|ninth|tenth|top|last");
  private static final Pattern SMALL_NUMBER = cs("\\d{1,2}");
  private static final Pattern SIGNOFF_ROLE = cs("(?:additional |further )?(?:reporting|writing|editing|compiled"
      + "|research|production|graphics|fact-?checking|sub-?editing|reporting and writing|writing and reporting"
      + "|reporting and editing)");

  /** Wire pick-up notes: "Chile said, graf 3 pvs", "Turkey amassed troops, pick up 4th graf pvs". */
  static boolean isPickupLine(String low) {
    if (!low.contains("graf")) {
      return false;
    }
    String[] tokens = Strings.tokens(low.replace(',', ' ').replace('.', ' '));
    for (int i = 0; i < tokens.length; i++) {
      if (!tokens[i].equals("graf") && !tokens[i].equals("grafs")) {
        continue;
      }
      boolean ordinal = i > 0 && ORDINAL.matcher(tokens[i - 1]).matches();
      boolean numbered = i + 1 < tokens.length && SMALL_NUMBER.matcher(tokens[i + 1]).matches();
      boolean pvs = low.contains("pvs") || low.contains("pick up") || low.contains("pickup");
      if ((ordinal || numbered) && (pvs || tokens.length <= 6)) {
        return true;
      }
    }
    return false;
  }

  /** "Reporting by Tavi Lund; Editing by Jon Fairly" without brackets. */
  static boolean isBareSignoff(String t) {
    if (t.length() > 300) {
      return false;
    }
    String[] parts = t.split(";");
    for (String part : parts) {
      String p = Strings.trim(part);
      if (p.endsWith(".")) {
        p = p.substring(0, p.length() - 1);
      }
      String low = Strings.lower(p);
      int by = low.indexOf(" by ");
      if (by < 0 || by > 40) {
        return false;
      }
      String role = low.substring(0, by);
      if (!SIGNOFF_ROLE.matcher(role).matches()) {
        return false;
      }
      if (Bylines.names(p.substring(by + 4), false) == null) {
        return false;
      }
    }
    return true;
  }

  private static Reason social(String t, String low, int words) {
    if (words <= 80 && hasEmbedLink(t)) {
      return Reason.SOCIAL_EMBED;
    }
    if (words <= 20 && isTweetSignoff(t)) {
      return Reason.SOCIAL_EMBED;
    }
    if (words <= 40 && mentionsSocial(low) && INSTAGRAM.matcher(t).matches()) {
      return Reason.SOCIAL_EMBED;
    }
    return null;
  }

  private static final String[] EMBED_LINKS = {
    "pic.twitter.com/", "://t.co/", "instagram.com/p/", "vm.tiktok.com/", "youtu.be/", "twitter.com/", "x.com/"};

  private static boolean hasEmbedLink(String t) {
    for (String link : EMBED_LINKS) {
      int at = t.indexOf(link);
      if (at >= 0) {
        if (!link.equals("twitter.com/") && !link.equals("x.com/")) {
          return true;
        }
        // twitter.com/NAME/status/...
        int st = t.indexOf("/status/", at);
        if (st > at && st - at <= 60) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isTweetSignoff(String t) {
    return t.length() <= 160 && t.indexOf("(@") >= 0 && TWEET_SIGNOFF.matcher(t).matches();
  }

  private static final String[] SOCIAL_WORDS = {
    "instagram", "twitter", "facebook", "tiktok", "youtube", "threads", "bluesky", "post", "tweet", "@", " x ",
    " x)", "content", "video", "photo", "social"};

  private static boolean mentionsSocial(String low) {
    for (String w : SOCIAL_WORDS) {
      if (low.contains(w)) {
        return true;
      }
    }
    return low.endsWith(" x");
  }

  private static final String[] AGENCY_SUFFIXES = {
    "getty images", "shutterstock", "alamy", "alamy stock photo", "alamy live news", "pa images", "pa wire",
    "pa media", "rex features", "istockphoto", "istock", "unsplash", "wireimage", "filmmagic", "nurphoto",
    "sopa images", "zuma press", "action images", "ap photo", "afp photo"};

  private static boolean endsWithAgency(String low) {
    String l = low.endsWith(")") ? low.substring(0, low.length() - 1) : low;
    for (String a : AGENCY_SUFFIXES) {
      if (l.endsWith(a)) {
        return true;
      }
    }
    int g = l.lastIndexOf("getty images for ");
    return g >= 0 && l.length() - g < 60;
  }

  private static Reason photo(String t, String low, int words) {
    java.util.regex.Matcher m = LABEL_CREDIT.matcher(t);
    if (words <= 45 && m.matches()) {
      String rest = m.group("rest");
      int rw = Words.count(rest);
      if (rw <= 8 && !Strings.endsLikeSentence(rest) || rw <= 5) {
        return Reason.PHOTO_CREDIT;
      }
      // A caption after "Photo:" opens like a sentence; "Source: a senior official who ..." is reporting.
      if (startsUpper(rest)) {
        return Reason.CAPTION;
      }
    }
    if (words <= 12 && (BY_CREDIT.matcher(t).matches() || AGENCY_PHOTO.matcher(t).matches()
        || AGENCY_SLASH.matcher(t).matches() || (SLASH_CREDIT.matcher(t).matches() && t.indexOf('/') > 0))) {
      return Reason.PHOTO_CREDIT;
    }
    if (words <= 10 && !Strings.endsLikeSentence(t) && COPY_CREDIT.matcher(t).matches()) {
      return Reason.PHOTO_CREDIT;
    }
    if (words <= 10 && ((low.contains("photo") || low.contains("image") || low.contains("pic"))
        && STAFF_PHOTO.matcher(t).matches()
        || (!Strings.endsLikeSentence(t) && low.contains("courtesy") || low.contains("supplied"))
        && COURTESY.matcher(t).matches())) {
      return Reason.PHOTO_CREDIT;
    }
    if (words <= 70) {
      Reason r = null;
      if (low.endsWith("photographer)") || low.endsWith("photographer).")) {
        r = trailingCredit(t, PHOTOGRAPHER_PAREN);
      }
      if (r == null && endsWithAgency(low)) {
        r = trailingCredit(t, AGENCY_END);
      }
      if (r == null && t.endsWith(")")) {
        r = trailingCredit(t, CAPTION_TRAIL_PAREN);
      }
      if (r == null && t.indexOf(':') > 0) {
        r = trailingCredit(t, CAPTION_TRAIL_LABEL);
      }
      if (r == null && t.indexOf('/') > 0) {
        r = trailingCredit(t, CAPTION_TRAIL_SLASH);
      }
      if (r == null && !Strings.endsLikeSentence(t) && (t.contains(" for ") || t.contains(" via "))) {
        r = trailingCredit(t, CAPTION_TRAIL_FOR);
      }
      if (r == null && (t.indexOf('\u00A9') >= 0 || t.contains("(c)"))) {
        r = trailingCredit(t, COPYRIGHT_END);
      }
      if (r == null && t.indexOf('(') >= 0 && !Strings.endsLikeSentence(t) && words >= 4
          && CAPTION_MARKER.matcher(t).matches()) {
        r = Reason.CAPTION;
      }
      if (r != null) {
        return r;
      }
    }
    if (words <= 70 && low.contains("caption") && CAPTION_PREFIX.matcher(t).matches()) {
      return Reason.CAPTION;
    }
    if (words <= 70 && t.indexOf(':') > 0 && CAPTION_LABEL.matcher(t).matches()) {
      int colon = t.indexOf(':');
      String label = t.substring(0, colon);
      String rest = Strings.trim(t.substring(colon + 1));
      // "PICTURED: The moment ..." in capitals opens tabloid copy; a caption label is written "Pictured:".
      if (startsUpper(rest) && !(Strings.isAllCaps(label) && label.length() > 4)) {
        return Reason.CAPTION;
      }
    }
    return null;
  }

  private static boolean startsUpper(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || Strings.isQuote(c);
  }

  /** A line ending in a credit: a credit alone (short head) or a caption. */
  private static Reason trailingCredit(String t, Pattern p) {
    java.util.regex.Matcher m = p.matcher(t);
    if (!m.matches()) {
      return null;
    }
    String head = Strings.trim(m.group("head"));
    if (head.isEmpty() || (Words.count(head) <= 4 && !Strings.endsLikeSentence(head))) {
      return Reason.PHOTO_CREDIT;
    }
    // A caption is a description, not reported speech: quotes in the head mean a real sentence.
    if (head.indexOf('"') >= 0 || head.indexOf('\u201C') >= 0) {
      return null;
    }
    return Reason.CAPTION;
  }

  private static Reason crossLink(String t, String low, int words) {
    if (t.startsWith("::")) {
      return Reason.CROSS_LINK;
    }
    char c0 = t.charAt(0);
    if (words <= 30 && (c0 > 0x7F || c0 == '>') && ARROW.matcher(t).matches()) {
      return Reason.CROSS_LINK;
    }
    int sepAt = firstSeparator(t);
    if (words <= 35 && sepAt > 0 && sepAt <= 45 && LABELED_LINK.matcher(t).matches()) {
      java.util.regex.Matcher s = STRONG_LINK.matcher(t);
      if (s.lookingAt() || startsUpper(Strings.trim(t.substring(Math.min(t.length(), labelEnd(t)))))) {
        return Reason.CROSS_LINK;
      }
    }
    if (words <= 8 && isListHeader(t)) {
      return Reason.CROSS_LINK;
    }
    if (words <= 50 && (sepAt > 0 && sepAt <= 40 && TAGS.matcher(t).matches()
        || t.indexOf('|') > 0 && POSTED_IN.matcher(t).matches())) {
      return Reason.CROSS_LINK;
    }
    if (words <= 25 && (low.startsWith("read ") || low.startsWith("see ") || low.startsWith("follow "))
        && (READ_OUR.matcher(t).matches() || READ_AT.matcher(t).matches())) {
      return Reason.CROSS_LINK;
    }
    if (words == 1 && URL.matcher(t).matches()) {
      return Reason.CROSS_LINK;
    }
    return null;
  }

  /** Index of the first label separator (: | > etc.), or -1. */
  private static int firstSeparator(String t) {
    for (int i = 0; i < t.length() && i < 60; i++) {
      char c = t.charAt(i);
      if (c == ':' || c == '|' || c == '>' || c == '\u00BB' || c == '\u2192') {
        return i;
      }
    }
    return -1;
  }

  /** Index just after the label separator of a labeled link ("Watch: ..." -> after the colon). */
  private static int labelEnd(String t) {
    for (int i = 0; i < t.length() && i < 60; i++) {
      char c = t.charAt(i);
      if (c == ':' || c == '|' || c == '>' || c == '\u00BB' || c == '\u2192') {
        int j = i + 1;
        while (j < t.length() && (t.charAt(j) == ':' || t.charAt(j) == '>')) {
          j++;
        }
        return j;
      }
    }
    return 0;
  }

  /** "Related", "More on this story", "Most read": a header announcing a list of links. */
  static boolean isListHeader(String t) {
    return t.length() <= 60 && LIST_HEADER.matcher(t).matches();
  }

  private static Reason byline(String t, int words) {
    if (words <= 25 && Bylines.fromByLine(t) != null) {
      return Reason.BYLINE;
    }
    java.util.regex.Matcher m = WORDS_BY.matcher(t);
    if (words <= 12 && m.matches() && Bylines.names(m.group("names"), true) != null) {
      return Reason.BYLINE;
    }
    if (words <= 10 && (ROLE_LINE.matcher(t).matches() || WIRE_WRITER.matcher(t).matches())) {
      return Reason.BYLINE;
    }
    if (words <= 2 && (EMAIL_ONLY.matcher(t).matches() || HANDLE_ONLY.matcher(t).matches())) {
      return Reason.BYLINE;
    }
    if (words <= 45 && (t.indexOf('@') >= 0 || hasDigits(t, 6))
        && (CONTACT.matcher(t).matches() || MEDIA_CONTACT.matcher(t).matches())) {
      return Reason.BYLINE;
    }
    if (words <= 30 && t.indexOf('@') >= 0 && REACHED.matcher(t).matches()) {
      return Reason.BYLINE;
    }
    if (words <= 45 && (t.indexOf('@') >= 0 || words <= 12) && REACH_PRONOUN.matcher(t).matches()) {
      return Reason.BYLINE;
    }
    return null;
  }

  /** An author's biography line, e.g. "Rosalind Achebe is a Ledger columnist." Only used in an article's tail. */
  static boolean isBio(String t) {
    int words = Words.capped(t, 46);
    return words <= 45 && t.length() <= 400 && BIO.matcher(t).matches() && BIO_ROLE.matcher(t).matches();
  }

  private static boolean hasDigits(String t, int n) {
    int d = 0;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i)) && ++d >= n) {
        return true;
      }
    }
    return false;
  }

  private static Reason promo(String t, String low, int words) {
    String bare = stripEndPunct(low);
    if (PROMO_EXACT.contains(bare)) {
      return Reason.PROMO;
    }
    if (words <= 12 && isShareList(bare)) {
      return Reason.PROMO;
    }
    if (words <= 5 && PLAYER.matcher(t).matches()) {
      return Reason.PROMO;
    }
    if (words > 45 || hasReportingVerb(low)) {
      return null;
    }
    if (SIGN_UP.matcher(t).matches() && SIGN_UP_OBJECT.matcher(t).matches()) {
      return Reason.PROMO;
    }
    if (CLICK.matcher(t).matches() || (low.contains("follow") || low.contains("like") || low.contains("find"))
        && (FOLLOW.matcher(t).matches() || FOLLOW_US.matcher(t).matches())) {
      return Reason.PROMO;
    }
    if (TIP.matcher(t).matches() && TIP_CONTACT.matcher(t).matches()) {
      return Reason.PROMO;
    }
    if ((LISTEN_WATCH.matcher(t).matches() || LISTEN_LIVE.matcher(t).matches()) && LISTEN_CUE.matcher(t).matches()) {
      return Reason.PROMO;
    }
    if (APP.matcher(t).matches() || GET_LATEST.matcher(t).matches() || SUPPORT.matcher(t).matches()
        || (words <= 30 && SUBSCRIBE.matcher(t).matches()) || (words <= 30 && COMMENTS.matcher(t).matches())
        || (words <= 12 && SCROLL.matcher(t).matches()) || (words <= 40 && CATCH_LATEST.matcher(t).matches())
        || SHARE_YOUR.matcher(t).matches()
        || (low.contains("commission") || low.contains("share of")) && AFFILIATE.matcher(t).matches()
        || (words <= 12 && SHARE_THIS.matcher(t).matches())
        || (low.contains("unsubscribe") || low.contains("sign") || low.contains("privacy") || low.contains("terms")
            || low.contains("by clicking") || low.contains("by subscribing") || low.contains("by registering"))
            && CONSENT.matcher(t).matches() && CONSENT_CUE.matcher(t).matches()
        || (words <= 6 && !Strings.endsLikeSentence(t) && ABOUT.matcher(t).matches())) {
      return Reason.PROMO;
    }
    if ((WANT.matcher(t).matches() || FOR_LATEST.matcher(t).matches()) && hasCue(t)) {
      return Reason.PROMO;
    }
    if (words <= 30 && low.contains("newsletter") && NEWSLETTER_VERB.matcher(t).matches()) {
      return Reason.PROMO;
    }
    return null;
  }

  private static final Set<String> REPORTING_VERBS = WordLists.tagged("en", "speech-verbs", "cue");

  /** True when a reporting verb ("said", "told", "urged" ...) occurs as a word in {@code low}. */
  static boolean hasReportingVerb(String low) {
    int n = low.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(low.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(low.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (len >= 4 && len <= 10 && REPORTING_VERBS.contains(low.substring(start, i))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern CUE_PATTERN = ci(".{0,300}" + CUE + ".{0,300}");

  private static boolean hasCue(String t) {
    return CUE_PATTERN.matcher(t).matches();
  }

  private static String stripEndPunct(String low) {
    int e = low.length();
    while (e > 0 && ":.\u2026!|>".indexOf(low.charAt(e - 1)) >= 0) {
      e--;
    }
    return Strings.trim(low.substring(0, e));
  }

  /** "Share this: Twitter Facebook", "Facebook", "Share | Tweet | Email". */
  static boolean isShareList(String low) {
    StringBuilder sb = new StringBuilder(low.length());
    for (int i = 0; i < low.length(); i++) {
      char c = low.charAt(i);
      sb.append(c == '|' || c == ',' || c == ':' || c == '\u00B7' || c == '\u2022' || c == '/' ? ' ' : c);
    }
    String[] tokens = Strings.tokens(sb.toString());
    boolean network = false;
    for (String tok : tokens) {
      if (!SHARE_TOKENS.contains(tok)) {
        return false;
      }
      network |= NETWORKS.contains(tok);
    }
    return network;
  }

  /**
   * True when {@code t}, the last sentence of a longer line, is promotion or a cross-link that can be cut off the
   * line ("... the report. Click here to read it.", an anchor "Read our earlier coverage").
   */
  static Reason classifyTail(String t) {
    int words = Words.capped(t, 26);
    if (t.isEmpty() || words > 25) {
      return null;
    }
    String low = Strings.lower(t);
    Reason r = crossLink(t, low, words);
    if (r == null) {
      r = promo(t, low, words);
    }
    if (r == null && (SIGNOFF_PAREN.matcher(t).matches() || isBareSignoff(t))) {
      r = Reason.WIRE_NOTE;
    }
    return r;
  }

  /** The author named by a byline line, or null. */
  static String author(String line) {
    String a = Bylines.fromByLine(line);
    if (a != null) {
      return a;
    }
    java.util.regex.Matcher m = WORDS_BY.matcher(line);
    if (Words.count(line) <= 12 && m.matches()) {
      a = Bylines.names(m.group("names"), true);
      if (a != null) {
        return a;
      }
    }
    m = ROLE_LINE.matcher(line);
    if (Words.count(line) <= 10 && m.matches()) {
      return Bylines.names(m.group("names"), false);
    }
    return null;
  }

  /** The reporter of a wire sign-off such as "(Reporting by Tavi Lund; Editing by ...)", or null. */
  static String signoffReporter(String line) {
    String t = Strings.trim(line);
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1);
    }
    for (String part : t.split(";")) {
      String p = Strings.trim(part);
      String low = Strings.lower(p);
      if (low.startsWith("reporting by ") || low.startsWith("writing by ")) {
        return Bylines.names(p.substring(p.indexOf(" by ") + 4), false);
      }
    }
    return null;
  }
}
