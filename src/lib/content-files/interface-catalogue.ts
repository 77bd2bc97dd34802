/**
 * The site's interface in its source language, English: every word the site
 * writes around the content (navigation, labels and their definitions, link
 * names, notices, the search, 404 and about pages, dates' context), keyed by
 * name, in ICU MessageFormat (`{placeholder}`, `{n, plural, …}`,
 * `{x, select, …}`). Each edition translates these keys in
 * `content/translations/<lang>/interface.yaml`; `check` holds that file to
 * this list (every key present, the same placeholders). The pages read the
 * words only through src/lib/render/interface.ts, so no string of the
 * interface lives anywhere else. It sits with the content files because
 * `check` reads it as the text translations are made from.
 */
export const ENGLISH_CATALOGUE = {
  // Every page
  'language.source': 'English',
  'page.title': '{page} — {site}',
  'page.skip': 'Skip to main content',
  'page.homeLinkRest': ', home page',
  'page.navigation': 'Site',
  'page.languages': 'Language',
  'page.languageLinkRest': ': this page in {language}',
  'page.about': 'How this is made',
  'page.search': 'Search',
  'page.menu': 'Menu',
  'page.allThemes': 'All {count} questions',
  'page.allStories': 'All {count} stories',
  'page.footerPromise':
    'Quotations from the source are shown as quotations and link to their paragraph; what the editors wrote is labelled as theirs.',
  'page.footerSources': '{count, plural, one {Read the source article} other {Read the source articles}}',
  'page.footerAbout': 'How this explainer is made',
  'page.terms': 'Key terms',
  'page.timeline': 'Timeline',
  'page.feedTitle': '{updates}: {site}',
  'page.correctionsPolicy': 'Corrections policy',
  'page.publishingPrinciples': 'Publishing principles',
  'page.contact': 'Contact the newsroom',

  // Labels: whose words a reader is reading
  'label.quote': 'Quoted from the source',
  'label.quote.definition':
    'The source article’s own words, unchanged, shown as a quotation with a link to the paragraph they come from. What they report, predict or judge is the source’s, not the editors’.',
  'label.reporting': 'The source’s reporting, summarised',
  'label.reporting.definition':
    'Written by the editors in their own words: a summary of facts the source article reports (what happened, who said what, what was decided), with links to the paragraphs it rests on.',
  'label.analysis': 'The source’s analysis, summarised',
  'label.analysis.definition':
    'Written by the editors in their own words: a summary of the source article’s own interpretation, prediction or judgement, with links to the paragraphs it rests on. It is the author’s view, not an established fact.',
  'label.context': 'Context from the editors',
  'label.context.definition':
    'Background added by the editors of this explainer to help readers follow the story. It is not a summary of the source article.',
  'label.editors': 'Written by the editors',
  'label.editors.definition':
    'The questions, their short answers and the introductions are written by the editors of this explainer to guide readers through the source. Where they rest on the source, they link to its paragraphs.',
  'label.translation': 'Translation of the quotation',
  'label.translation.definition':
    'A translation of the quotation above it, made for this edition. It is not the source’s own words: those are the original above, in the language the source was written in.',

  // Citations and links
  'cite.basedOn': 'Based on',
  'cite.basedOnSource': 'Based on “{source}”:',
  'cite.paragraph': 'paragraph {n}',
  'cite.paragraphHeading': 'Paragraph {n}',
  'cite.sourceParagraph': 'Source, paragraph {n}',
  'cite.namedSourceParagraph': '“{source}”, paragraph {n}',
  'cite.sourceParagraphs': 'Source, paragraphs {from} to {to}',
  'cite.namedSourceParagraphs': '“{source}”, paragraphs {from} to {to}',
  'cite.short': 'Source ¶{range}',
  'cite.namedShort': '“{source}” ¶{range}',
  'cite.reading': 'Further reading named in “{source}”:',
  'cite.under': ', under “{section}”',
  'entry.updated': 'Updated {date}',
  'entry.permalink': 'Permanent link',
  'entry.permalinkRest': ' to {title}',
  'entry.corrected': 'Corrected {date}',
  'entry.correctedRest': ' — read the correction to {title}',
  'correction.label': 'Correction, {date}:',
  'correction.said': '{sentence, select, yes {This entry previously said: “{wrong}”} other {This entry previously said {wrong}}}',
  'correction.fact': '{sentence, select, yes {In fact: {right}} other {In fact, {right}}}',
  'correction.line': 'Correction, {date}: {text}',
  'report.link': 'Report an error',
  'report.entryRest': ' in {title}',
  'report.pageRest': ' on this page',
  'report.subject': 'Error report: {page}',
  'report.entrySubject': 'Error report: {entry} ({page})',
  // One line: the catalogue's text is read line by line when a translation is checked.
  'report.body': 'Page: {url}',

  // Home page
  'home.eyebrow': 'Explainer',
  'home.headline': 'Explained: {story}',
  'home.dek':
    'The story in {questions, plural, =0 {no questions} =1 {one question} =2 {two questions} =3 {three questions} =4 {four questions} =5 {five questions} =6 {six questions} =7 {seven questions} =8 {eight questions} =9 {nine questions} =10 {ten questions} other {# questions}}, answered by the editors from {sources, plural, one {the source article} other {the source articles}}, whose own words are shown as quotations.',
  'home.updated': 'Last updated {date}',
  'home.glance': 'Questions and answers',
  'home.lead': 'How the article begins',
  'home.basedOn': 'What this explainer is based on',
  'home.page': 'Home page',
  'home.entryCount': '{count, plural, one {# entry} other {# entries}}',
  'home.recent': 'Recent updates and corrections',
  'front.dek':
    '{stories, plural, one {One story} other {# stories}}, each explained in questions answered by the editors from its source articles, whose own words are shown as quotations.',
  'front.stories': 'The stories',
  'front.questions': '{count, plural, one {# question} other {# questions}}',
  'story.notKnown': 'What we don’t know',
  'story.none': 'Not tied to one story',
  'home.allUpdates': 'All updates and corrections',

  // Theme pages
  'theme.titleOfPage': '{question}, page {page} of {pages}',
  'theme.pageOf': 'Page {page} of {pages}',
  'theme.everyEntry': 'Every entry in this question',
  'theme.onThisPage': 'On this page',
  'theme.onPage': '(page {page})',
  'theme.pages': 'Pages of this question',
  'theme.page': 'Page {page}',
  'theme.others': 'Other questions',
  'theme.previous': 'Previous question',
  'theme.next': 'Next question',
  'theme.last': 'That was the last question',
  'theme.allQuestions': 'Back to the home page',
  'theme.source': '{count, plural, one {The source:} other {The sources:}}',
  'theme.draftNotice':
    'Draft theme. This grouping was proposed automatically from the words of the source article; an editor has not yet written its question and summary, or confirmed which entries belong here.',
  'theme.draftSummary': 'Draft theme: its summary is not written yet.',

  // Key terms and the timeline
  'terms.title': 'Key terms',
  'terms.intro':
    'Words and abbreviations used in this explainer, with what they mean. Each is labelled like the entries: a definition quoted from the source, or one the editors wrote.',
  'terms.shortFor': ', short for {expansion}',
  'terms.draftNotice': 'Draft: found in the source automatically; an editor has not yet checked or confirmed this term.',
  'terms.noDefinition': 'No definition has been written yet.',
  'timeline.title': 'Timeline',
  'timeline.intro':
    'What happened when, as the sources date it, oldest first. Each event is labelled like the entries: the source’s sentence, quoted, or the editors’ wording, with a link to the paragraph it comes from.',
  'timeline.draftNotice': 'Draft: found in the source automatically; an editor has not yet checked or confirmed this date.',
  'timeline.inTheme': 'Dates in this question',
  'timeline.all': 'The whole timeline',

  // Sources
  'source.eyebrow': 'Source article',
  'source.title': 'Source: {title}',
  'source.description':
    'The source article, verbatim, with every paragraph numbered and linked to the parts of this explainer that use it.',
  'source.dek':
    'The article this explainer is based on, word for word. Each paragraph is numbered and lists the parts of the explainer that use it.',
  'source.original': 'The article is shown in its original language, {language}, word for word as it was copied.',
  'source.retired':
    'Retired on {date}: this article is no longer one of the stories this site explains. It stays here because parts of the site still cite it.',
  'source.whereFrom': 'Where it comes from',
  'source.usedIn': 'Used in:',
  'source.linkTexts': '(The paragraph then gave the text of {count, plural, one {a link} other {# links}}, listed under {further}.)',
  'source.furtherReading': 'Further reading',
  'source.furtherLost':
    'The original article pointed readers to these. The copy this explainer is based on kept only the text of each link, not its address.',
  'source.replaced': 'This version of the article was replaced on {date}; it stays here for what still cites it.',
  'source.newerVersion': 'The newer version',
  'source.furtherAll': 'The editors have recorded every address, so each is a link.',
  'source.furtherSome': 'Those whose address the editors have recorded are links; for the rest it is not recorded, and none is guessed.',
  'source.furtherNone': 'No address is recorded for any of them, and none is guessed, so they are not links.',
  'source.addressNotRecorded': '(address not recorded)',
  'source.namedIn': '(named in {paragraph})',
  'source.notRecorded': 'not recorded',
  'source.fact.publisher': 'Publisher',
  'source.fact.author': 'Author',
  'source.fact.published': 'Published',
  'source.fact.url': 'Original address',
  'source.fact.licence': 'Licence',
  'source.fact.retrieved': 'Copied for this explainer',
  'source.all': 'All {count} source articles',
  'sources.title': 'Source articles',
  'sources.description': 'Every article this explainer is based on, each reproduced paragraph by paragraph.',
  'sources.intro': 'Every article this explainer is based on. Each is reproduced word for word, with its paragraphs numbered.',

  // Updates and the feed
  'updates.title': 'Updates and corrections',
  'updates.quotedLine': 'Quoted from the source: “{text}”',
  'updates.description': 'What has changed in this explainer, newest first: new questions, new and revised entries, and corrections.',
  'updates.intro':
    'What has changed in this explainer, newest first: new questions, new and revised entries, and every correction, with what was wrong and what is right. This page lists the {limit} most recent changes; the {feed} carries the same list.',
  'updates.feed': 'RSS feed',
  'updates.none': 'Nothing has changed yet.',
  'updates.question': 'New question',
  'updates.new': 'New entry',
  'updates.revised': 'Entry revised',
  'updates.entry': 'Entry added or revised',
  'updates.correction': 'Correction',
  'updates.source': 'New version of an article',
  'updates.sourceLine': 'It replaces the earlier version, “{title}”, which stays on its source page for what still cites it.',
  'updates.correctionTitle': 'Correction of {date} to {title}',
  'updates.feedItem': '{label}: {title}',

  // Search
  'search.title': 'Search',
  'search.description': 'Search this explainer and the source article it is based on.',
  'search.label': 'Search the explainer and its source for a word or phrase',
  'search.story': 'Search in',
  'search.allStories': 'All stories',
  'search.button': 'Search',
  'search.noScript':
    'Search needs JavaScript, which is turned off in your browser. Everything in this explainer is also reachable from these pages:',
  'search.sourcePages':
    '{count, plural, one {The source article, paragraph by paragraph} other {The source articles, paragraph by paragraph}}',
  'search.found': '{count, plural, one {# result} other {# results}} for “{query}”.',
  'search.none': 'No results for “{query}”. Try another word, or read the questions on the home page.',
  'search.titleWithQuery': 'Search: “{query}”',
  'search.fromSource': 'From the source',
  'search.fromEditors': 'Editors',
  'search.scope': 'Search finds words in this language’s pages only.',

  // Not found
  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address.',
  'notFound.text':
    'There is no page at this address. If you typed it, check it for mistakes. If you followed a link, the page may have moved.',
  'notFound.start': 'You can start again from the {home}, {search}, or go straight to a question:',
  'notFound.home': 'home page',
  'notFound.search': 'search the explainer',

  // How this explainer is made
  'about.title': 'How this explainer is made',
  'about.description':
    'Where this explainer comes from, how its entries are written and checked, what the labels mean and how corrections are made.',
  'about.dek':
    'This explainer answers {questions, plural, one {# question} other {# questions}} in {entries, plural, one {# short entry} other {# short entries}}. Every entry is labelled with who wrote it, the source or the editors, and names the paragraphs of the source it is based on, or the further reading it draws on, so you can check it yourself.',
  'about.sourceHeading': 'The source',
  'about.basedOn': '{count, plural, one {It is based on one news article:} other {It is based on # news articles:}}',
  'about.provenance':
    'What is known about where {count, plural, one {the article comes from is} other {each article comes from is}} listed as given to us; anything marked “not recorded” is unknown to the editors, and nothing is filled in by guesswork. The article is reproduced word for word, with each paragraph numbered, so that every link to the source takes you to the exact paragraph. The entries use {paragraphs, plural, one {# paragraph} other {# paragraphs}} of it.',
  'about.entriesHeading': 'How the entries are written',
  'about.step1': 'Each section of the article becomes one entry, placed under the question it helps answer.',
  'about.step2':
    'A first draft of each entry is the section’s own text, word for word. It is shown as a quotation of the source, with a link to its paragraph, and labelled “{label}”.',
  'about.step3':
    'Editors may rewrite an entry in their own words. A rewritten entry is shown as ordinary text, labelled with what it is: a summary of what the source reports, a summary of the source’s own analysis, or context the editors added.',
  'about.step4':
    'The questions, their short answers and the introductions are the editors’ own words and are labelled “{label}”, with links to the paragraphs they rest on.',
  'about.step5':
    'Before the site is published, a check confirms that every paragraph named exists, that every quotation appears in the article exactly as quoted, that nothing shown as a quotation has been changed, and that no entry presents the source’s words as the editors’. If the article changes, entries that rely on the changed paragraphs are flagged for an editor.',
  'about.step6': 'Each entry shows the date its content last changed.',
  'about.labelsHeading': 'What the labels mean',
  'about.labelsIntro':
    'Every entry, and every block the editors wrote, carries one of these labels, so you can tell the source’s words from the editors’.',
  'about.labelsCaption': 'Labels and what they mean',
  'about.labelColumn': 'Label',
  'about.meaningColumn': 'What it means',
  'about.countColumn': 'On this site',
  'about.entryCount': '{count, plural, one {# entry} other {# entries}}',
  'about.questionCount':
    '{count, plural, one {# question, with its answer and introduction} other {# questions, with their answers and introductions}}',
  'about.termCount': '{count, plural, one {# key term} other {# key terms}}',
  'about.eventCount': '{count, plural, one {# dated event} other {# dated events}}',
  'about.alsoLabelled':
    'So do {what, select, both {the definitions of the {terms} and the events of the {timeline}} terms {the definitions of the {terms}} other {the events of the {timeline}}}: quoted from the source, or written by the editors. Candidates are found in the source automatically; only those an editor has checked are published.',
  'about.termsLink': 'key terms',
  'about.timelineLink': 'timeline',
  'about.quotationCount': '{count, plural, one {# translated quotation} other {# translated quotations}}',
  'about.correctionsHeading': 'Corrections',
  'about.corrections':
    'When an entry gets something wrong, we fix it and say so: a “Corrected” note at the top of the entry links to the correction at its end, which gives the date, what the entry said before, and what is right. We do not change facts silently. Every correction is also listed on the {updates} page.',
  'about.correctionCount':
    '{count, plural, =0 {No corrections have been made so far.} one {# correction made so far.} other {# corrections made so far.}}',
  'about.newsroomHeading': 'Standards, funding and contact',
  'about.contact':
    'To report an error or ask about this explainer, write to {contact}. Each entry and question also has a “Report an error” link that names it.',
  'about.translationHeading': 'This edition',
  'about.translation':
    'This edition is translated from the {language} original. Each translated part says whether a person has reviewed it; a part that has not been translated yet, or whose original changed after it was translated, is shown in {language}, and says so.',
  'about.translationQuotes':
    'The source’s own words are never replaced by a translation: a quotation is shown in the original language, followed by a translation labelled “{label}”.',
  'about.translationCounts':
    'So far: {translated, plural, one {# part translated} other {# parts translated}} of {total}, {reviewed, plural, =0 {none reviewed by a person} one {# reviewed by a person} other {# reviewed by a person}}.',

  // Translations: what a reader of an edition is told
  'notice.machine': 'Machine translation, not yet reviewed by a person.',
  'notice.draft': 'Draft translation, not yet reviewed by a person.',
  'notice.fallback': 'Not translated yet: shown in the original {language}.',
  'notice.original': 'Read the original in {language}',
  'marker.machine': 'machine translation',
  'marker.draft': 'draft translation',
  'marker.fallback': 'Not translated yet:',
  'notice.originalRest': ': {title}',
} as const;

export type CatalogueKey = keyof typeof ENGLISH_CATALOGUE;

export const CATALOGUE_KEYS = Object.keys(ENGLISH_CATALOGUE) as CatalogueKey[];
