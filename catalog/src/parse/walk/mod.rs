//! One pass over pulldown-cmark's events, collecting the raw parts of a page.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, MetadataBlockKind, Parser, Tag, TagEnd};

use super::facts::{FactKind, named, normalize_ascii};
use super::front_matter::FrontMatter;
use super::report::Reporter;
use crate::Diagnostic;
use crate::model::{Link, SdkMapping, Section, Spanned};
use crate::words;

mod blocks;
mod tables;

/// A fact read from a facts table.
#[derive(Debug, Clone)]
pub(crate) struct Fact {
    pub kind: FactKind,
    pub value: String,
    pub span: Range<usize>,
}

/// How many unknown labels of one table are checked for misspellings.
const MAX_LABEL_SUGGESTIONS: usize = 64;

/// The `json` block of the example section.
#[derive(Debug, Clone, Default)]
pub(crate) struct CodeBlock {
    pub text: String,
    pub span: Range<usize>,
    /// (offset in `text`, offset in the page) at the start of each text event.
    pub map: Vec<(usize, usize)>,
    /// Indented (four spaces or a tab) rather than fenced.
    pub indented: bool,
}

/// The known H2 sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SectionKind {
    Preamble,
    Causes,
    Example,
    Fixes,
    Sdk,
    Related,
    Other,
}

impl SectionKind {
    /// The sections of the page contract, each known by its heading.
    const KNOWN: [SectionKind; 5] = [
        SectionKind::Causes,
        SectionKind::Example,
        SectionKind::Fixes,
        SectionKind::Sdk,
        SectionKind::Related,
    ];

    fn of(heading: &str) -> SectionKind {
        named(heading, &Self::KNOWN, Self::name).unwrap_or_else(|| Self::of_normalized(heading))
    }

    /// [`of`](Self::of) by the normalized heading alone.
    fn of_normalized(heading: &str) -> SectionKind {
        let mut buf = [0u8; 32];
        match normalize_ascii(heading, &mut buf).unwrap_or_default() {
            b"whenthishappens" | b"causes" | b"commoncauses" | b"whyithappens" => {
                SectionKind::Causes
            }
            b"exampleresponse" | b"example" | b"responseexample" | b"exampleresponsebody" => {
                SectionKind::Example
            }
            b"howtofix" | b"fix" | b"howtoresolve" | b"resolution" | b"solution" => {
                SectionKind::Fixes
            }
            b"sdkbehaviour" | b"sdkbehavior" | b"sdks" | b"sdk" => SectionKind::Sdk,
            b"related" | b"seealso" | b"relatederrors" | b"relatedpages" => SectionKind::Related,
            _ => SectionKind::Other,
        }
    }

    /// The kind's bit in a set of kinds.
    fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The name used in links (`Link::section`): the section's heading in the house style,
    /// ASCII case aside.
    pub(crate) fn name(self) -> &'static str {
        match self {
            SectionKind::Preamble => "",
            SectionKind::Causes => "when this happens",
            SectionKind::Example => "example response",
            SectionKind::Fixes => "how to fix",
            SectionKind::Sdk => "sdk behaviour",
            SectionKind::Related => "related",
            SectionKind::Other => "other",
        }
    }
}

/// What one walk over a page's markdown collects, before any fact is checked: the raw
/// parts the [`Assembler`](super::Assembler) makes a [`Page`](crate::Page) of.
#[derive(Debug, Default)]
pub(crate) struct RawPage {
    pub front_matter: FrontMatter,
    pub h1: Option<Spanned<String>>,
    pub summary: Option<Spanned<String>>,
    pub facts: Vec<Fact>,
    pub causes: Vec<String>,
    /// The causes as markdown, inline code kept (`` `Idempotency-Key` ``): only for a walk
    /// asked for them ([`RawPage::causes_markdown`]).
    pub causes_markdown: Vec<String>,
    /// The summary as markdown, inline code kept.
    pub summary_markdown: String,
    /// The first block as markdown, inline code kept.
    pub first_block_markdown: String,
    pub fixes: Vec<String>,
    pub sdk: Vec<SdkMapping>,
    pub example: Option<CodeBlock>,
    pub links: Vec<Link>,
    pub sections: Vec<Section>,
    /// Where the content of the first `Response fields` section is in the page: from its
    /// heading to the next H1 or H2 (that section is not in `sections`).
    pub fields_section: Option<Range<usize>>,
    /// Facts already reported as broken (misspelled label, empty value, indented table):
    /// their absence is not reported again.
    pub reported: Vec<FactKind>,
    /// The first top-level blockquote or paragraph, the summary of a page without an H1.
    pub first_block: Option<Spanned<String>>,
    /// Whether the page opens with `---` that never closes.
    pub unclosed_front_matter: bool,
}

/// The walk builds at most this many diagnostics of a page (twice what a page shows, as
/// the checker adds its own and shows the first in line order); the rest are only counted,
/// so a page of 100 000 problems costs no more to report than one of 200.
const KEPT_DIAGNOSTICS: usize = 2 * crate::parse::MAX_DIAGNOSTICS_PER_PAGE;

impl RawPage {
    pub(crate) fn fact(&self, kind: FactKind) -> Option<&Fact> {
        self.facts.iter().find(|f| f.kind == kind)
    }

    /// Gives the buffers of what the assembly has not taken (the facts and their values,
    /// the H1) to the next walk on this thread, which would otherwise allocate them anew.
    pub(crate) fn recycle(mut self) {
        let mut spares = SPARE_TEXTS.take();
        let values = self.facts.drain(..).map(|f| f.value);
        let h1 = self.h1.take().map(|h1| h1.value);
        for mut text in values.chain(h1) {
            if spares.strings.len() < MAX_SPARE_TEXTS {
                text.clear();
                spares.strings.push(text);
            }
        }
        spares.facts = self.facts;
        SPARE_TEXTS.set(spares);
    }
}

#[derive(Default)]
struct Cell {
    text: String,
    span: Option<Range<usize>>,
}

/// The table being read: its cells in reading order and where each row starts. One is kept
/// per thread (see [`SPARE_TEXTS`]), so reading a table allocates nothing once warm.
#[derive(Default)]
struct Table {
    cells: Vec<Cell>,
    row_starts: Vec<usize>,
}

impl Table {
    /// The rows, each its cells.
    fn rows(&self) -> impl Iterator<Item = &[Cell]> {
        let ends = self.row_starts.iter().skip(1).copied();
        let ends = ends.chain(std::iter::once(self.cells.len()));
        self.row_starts
            .iter()
            .zip(ends)
            .map(|(&start, end)| &self.cells[start..end])
    }

    /// The cell being read: the last one, if the last row has one.
    fn open_cell(&mut self) -> Option<&mut Cell> {
        let start = *self.row_starts.last()?;
        self.cells.get_mut(start..)?.last_mut()
    }
}

/// Where the walk is with respect to the YAML front matter block.
enum FrontMatterBlock {
    /// Not inside it (before or after).
    Outside,
    /// Inside it: the page range its text events cover so far.
    Inside(Option<Range<usize>>),
}

#[derive(PartialEq)]
enum SummaryState {
    BeforeH1,
    Waiting,
    Capturing(usize),
    Done,
}

/// The walk over pulldown-cmark's events: where it is in the page, and what it has read.
struct Walker<'t> {
    text: &'t str,
    page: RawPage,
    report: Reporter<'t>,
    section: SectionKind,
    /// The kinds of section seen so far, one bit each ([`SectionKind::bit`]).
    sections_seen: u8,
    /// Other sections: heading and where their content starts.
    other: Vec<(String, usize)>,
    heading: Option<(u8, String, Range<usize>)>,
    summary_state: SummaryState,
    summary_text: Texts,
    container_depth: usize,
    list_depth: usize,
    item: Option<Texts>,
    /// The table being read; empty outside tables (pulldown-cmark opens rows and cells only
    /// inside one) and in a skipped one.
    table: Table,
    /// Inside the `Response fields` table, which the body members read from the page's text
    /// ([`fields_section`](RawPage::fields_section)): its cells are not collected.
    skipped_table: bool,
    /// The open code block and its info string (borrowed from the page).
    code: Option<(pulldown_cmark::CowStr<'t>, CodeBlock)>,
    metadata: FrontMatterBlock,
    saw_metadata: bool,
    /// Set inside a preamble blockquote: its blocks are not the first block.
    skip_first_until_top: bool,
    first_capture: Option<(Texts, usize)>,
    /// Emptied buffers of earlier captures, reused by the next (see [`SPARE_TEXTS`]).
    spare: Vec<Texts>,
    /// Emptied buffers of headings and inline code, reused by the next.
    spare_strings: Vec<String>,
    /// Whether the causes are also kept as markdown (`RawPage::causes_markdown`).
    causes_markdown: bool,
}

thread_local! {
    /// Capture buffers left by the pages this thread walked before: a page's captures
    /// (summary, list items) and its headings and table cells reuse them instead of
    /// growing new ones.
    static SPARE_TEXTS: std::cell::Cell<Spares> = const {
        std::cell::Cell::new(Spares {
            texts: Vec::new(),
            strings: Vec::new(),
            table: Table { cells: Vec::new(), row_starts: Vec::new() },
            facts: Vec::new(),
        })
    };
}

/// The buffers one walk leaves to the next on its thread.
#[derive(Default)]
struct Spares {
    texts: Vec<Texts>,
    strings: Vec<String>,
    /// Emptied, its cells' strings returned to `strings`.
    table: Table,
    /// The facts list of the last page, emptied by [`RawPage::recycle`] (its values'
    /// buffers returned to `strings`).
    facts: Vec<Fact>,
}

/// The causes a page's list has room for before it grows.
const CAUSES_ROOM: usize = 8;

/// At most this many spare buffers are kept per thread.
const MAX_SPARE_TEXTS: usize = 64;

impl RawPage {
    /// Walks the page `text`, named `path` in diagnostics: its raw parts, and the reporter
    /// holding the problems found so far (the assembly adds its own to it).
    pub(crate) fn run<'t>(path: &'t str, text: &'t str) -> (RawPage, Reporter<'t>) {
        Self::walk(path, text, false)
    }

    /// The causes of the page `text` as markdown, inline code kept, one per cause the walk
    /// finds (see [`Page::causes_markdown`](crate::Page::causes_markdown)).
    pub(crate) fn causes_markdown(path: &str, text: &str) -> Vec<String> {
        Self::walk(path, text, true).0.causes_markdown
    }

    fn walk<'t>(path: &'t str, text: &'t str, causes_markdown: bool) -> (RawPage, Reporter<'t>) {
        let base = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let body = &text[base..];
        let Spares {
            texts: mut spare,
            strings: spare_strings,
            table,
            facts,
        } = SPARE_TEXTS.take();
        let summary_text = spare.pop().unwrap_or_default();
        let mut state = Walker {
            text,
            page: RawPage {
                facts,
                ..RawPage::default()
            },
            report: Reporter::new(path, text, KEPT_DIAGNOSTICS),
            section: SectionKind::Preamble,
            sections_seen: 0,
            other: Vec::new(),
            heading: None,
            summary_state: SummaryState::BeforeH1,
            summary_text,
            container_depth: 0,
            list_depth: 0,
            item: None,
            table,
            skipped_table: false,
            code: None,
            metadata: FrontMatterBlock::Outside,
            saw_metadata: false,
            skip_first_until_top: false,
            first_capture: None,
            spare,
            spare_strings,
            causes_markdown,
        };
        for (event, range) in Parser::new_ext(body, crate::markdown_options()).into_offset_iter() {
            let range = range.start + base..range.end + base;
            state.event(event, range);
        }
        let opens_fence = body.starts_with("---\n") || body.starts_with("---\r\n");
        state.page.unclosed_front_matter = opens_fence && !state.saw_metadata;
        if state.page.unclosed_front_matter {
            let end = body.find('\n').unwrap_or(3) + base;
            // Reported out of line order, so never dropped by the cap.
            state.report.reserve_one();
            state
                .error(base..end, "front matter is not closed")
                .with_label("this `---` opens front matter")
                .with_help("end the front matter with a line `---`");
        }
        state.finish()
    }
}

impl<'t> Walker<'t> {
    fn line_of(&mut self, offset: usize) -> usize {
        self.report.line_of(offset)
    }

    fn error(&mut self, range: Range<usize>, message: impl Into<String>) -> &mut Diagnostic {
        self.report.error(range, message)
    }

    /// A block starts: the summary can only be the first block after the H1.
    fn block_starts(&mut self, range: &Range<usize>, can_be_summary: bool) {
        if self.container_depth == 0 {
            self.skip_first_until_top = false;
        }
        if self.summary_state == SummaryState::BeforeH1
            && self.container_depth == 0
            && !self.skip_first_until_top
            && can_be_summary
            && self.page.first_block.is_none()
            && self.first_capture.is_none()
        {
            let texts = self.texts();
            self.first_capture = Some((texts, range.start));
        }
        if self.summary_state == SummaryState::Waiting && self.container_depth == 0 {
            self.summary_state = if can_be_summary {
                self.summary_text.clear();
                SummaryState::Capturing(range.start)
            } else {
                SummaryState::Done
            };
        }
    }

    fn block_ends(&mut self, range: &Range<usize>) {
        if self.container_depth == 0
            && let Some((text, start)) = self.first_capture.take()
        {
            let (text, markdown) = self.collapse_texts(text);
            self.page.first_block_markdown = markdown;
            self.page.first_block = Some(Spanned::new(text, start..range.end.max(start)));
        }
        if let SummaryState::Capturing(start) = self.summary_state
            && self.container_depth == 0
        {
            let (text, markdown) = self.summary_text.copy_out();
            self.page.summary_markdown = markdown;
            let end = range.end.max(start);
            self.page.summary = Some(Spanned::new(text, start..end));
            self.summary_state = SummaryState::Done;
        }
    }

    fn event(&mut self, event: Event<'t>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Text(t) => self.text(text_of(&t), range),
            // Inline code's markdown form is made only for a capture that keeps markdown.
            Event::Code(t) if !self.keeps_markdown() => {
                let t = text_of(&t);
                self.inline_text(t, t, range);
            }
            Event::Code(t) => {
                let mut markdown = self.spare_string();
                code_span(&t, &mut markdown);
                self.inline_text(&t, &markdown, range);
                self.return_string(markdown);
            }
            Event::SoftBreak | Event::HardBreak => self.inline_text(" ", " ", range),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'t>, range: Range<usize>) {
        match tag {
            Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => {
                self.metadata = FrontMatterBlock::Inside(None);
                self.saw_metadata = true;
            }
            Tag::Heading { level, .. } => {
                // A blockquote holding a heading (a docs site's preamble) is no summary.
                if self.container_depth > 0 && self.page.first_block.is_none() {
                    if let Some((mut texts, _)) = self.first_capture.take() {
                        texts.clear();
                        self.spare.push(texts);
                    }
                    self.skip_first_until_top = true;
                }
                self.block_starts(&range, false);
                let text = self.spare_string();
                self.heading = Some((level as u8, text, range));
            }
            Tag::BlockQuote(_) => {
                self.block_starts(&range, true);
                self.container_depth += 1;
            }
            Tag::Paragraph => {
                self.block_starts(&range, true);
                self.check_headerless_table(range);
            }
            Tag::List(_) => {
                self.block_starts(&range, false);
                self.container_depth += 1;
                self.list_depth += 1;
            }
            // Only the sections that keep their items capture them.
            Tag::Item
                if self.list_depth == 1
                    && matches!(self.section, SectionKind::Causes | SectionKind::Fixes) =>
            {
                self.item = Some(self.texts());
            }
            Tag::Item if self.list_depth == 1 => {}
            Tag::Item => self.inline_text(" ", " ", range),
            Tag::Table(_) => {
                self.block_starts(&range, false);
                self.container_depth += 1;
                self.skipped_table = self.in_fields_section();
            }
            Tag::TableHead | Tag::TableRow if !self.skipped_table => {
                self.table.row_starts.push(self.table.cells.len());
            }
            Tag::TableCell if !self.table.row_starts.is_empty() => {
                let text = self.spare_string();
                self.table.cells.push(Cell { text, span: None });
            }
            Tag::CodeBlock(kind) => {
                self.block_starts(&range, false);
                let (info, indented) = match kind {
                    CodeBlockKind::Fenced(info) => (info, false),
                    CodeBlockKind::Indented => (pulldown_cmark::CowStr::Borrowed(""), true),
                };
                let block = CodeBlock {
                    // The block's text is at most its range of the page.
                    text: String::with_capacity(range.len()),
                    map: Vec::with_capacity(4),
                    span: range,
                    indented,
                };
                self.code = Some((info, block));
            }
            // MDX components and HTML neither are nor end the summary.
            Tag::HtmlBlock => self.check_html_table(range),
            // An e-mail autolink is not a page link.
            Tag::Link {
                link_type: LinkType::Email,
                ..
            } => {}
            Tag::Link { dest_url, .. } => self.page.links.push(Link {
                dest: dest_url.into_string(),
                section: self.section.name(),
                target: None,
                span: range,
            }),
            _ => {}
        }
    }

    /// Inlined into the event loop: most of a page's ~70 end events need nothing, and the
    /// call was most of their cost.
    #[inline(always)]
    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::MetadataBlock(_) => self.metadata_ends(),
            TagEnd::Heading(_) => self.heading_ends(),
            TagEnd::BlockQuote(_) => {
                self.container_depth = self.container_depth.saturating_sub(1);
                self.block_ends(&range);
            }
            TagEnd::Paragraph => {
                if let Some(item) = self.item.as_mut() {
                    item.push(" ", " ");
                }
                self.block_ends(&range);
            }
            TagEnd::Item if self.list_depth == 1 => {
                if let Some(mut item) = self.item.take() {
                    // Only what a section keeps is copied out.
                    match self.section {
                        SectionKind::Causes => {
                            // Room for the handful of causes a page lists, so that a fifth
                            // does not move the four before it.
                            if self.page.causes.is_empty() {
                                self.page.causes.reserve_exact(CAUSES_ROOM);
                            }
                            if self.causes_markdown {
                                let (item, markdown) = item.copy_out();
                                self.page.causes.push(item);
                                self.page.causes_markdown.push(markdown);
                            } else {
                                self.page.causes.push(collapse_str(&item.plain).to_owned());
                            }
                        }
                        SectionKind::Fixes => {
                            self.page.fixes.push(collapse_str(&item.plain).to_owned());
                        }
                        _ => {}
                    }
                    item.clear();
                    self.spare.push(item);
                }
            }
            TagEnd::List(_) => {
                self.container_depth = self.container_depth.saturating_sub(1);
                self.list_depth = self.list_depth.saturating_sub(1);
            }
            TagEnd::Table => {
                self.container_depth = self.container_depth.saturating_sub(1);
                self.skipped_table = false;
                self.table_ends();
            }
            TagEnd::CodeBlock => {
                if let Some((info, block)) = self.code.take() {
                    self.code_block_ends(&info, block);
                }
            }
            TagEnd::Link => {
                if let Some(link) = self.page.links.last_mut() {
                    link.span.end = link.span.end.max(range.end);
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, t: &str, range: Range<usize>) {
        if let FrontMatterBlock::Inside(covered) = &mut self.metadata {
            // With CRLF line ends the YAML arrives in several pieces, one per line.
            *covered = Some(match covered.take() {
                Some(c) => c.start..range.end,
                None => range,
            });
            return;
        }
        if let Some((_, block)) = self.code.as_mut() {
            block.map.push((block.text.len(), range.start));
            block.text.push_str(t);
            return;
        }
        self.inline_text(t, t, range);
    }

    /// Whether inline text now goes to a capture that keeps its markdown form (the summary,
    /// the first block, a cause when asked for); headings, table cells and fixes keep plain
    /// text only.
    fn keeps_markdown(&self) -> bool {
        self.heading.is_none()
            && (matches!(self.summary_state, SummaryState::Capturing(_))
                || self.first_capture.is_some()
                || (self.item.is_some() && self.item_keeps_markdown()))
    }

    /// Whether the list item being read is kept as markdown too: a cause, when asked for.
    fn item_keeps_markdown(&self) -> bool {
        self.causes_markdown && self.section == SectionKind::Causes
    }

    /// Inline text `t`, written `markdown` in the page's markdown form: given to the
    /// captures open now, if any (most of a page's prose is in none, and costs no call).
    #[inline(always)]
    fn inline_text(&mut self, t: &str, markdown: &str, range: Range<usize>) {
        let capturing = self.heading.is_some()
            || matches!(self.summary_state, SummaryState::Capturing(_))
            || self.first_capture.is_some()
            || self.item.is_some()
            || !self.table.row_starts.is_empty();
        if capturing {
            self.capture_text(t, markdown, range);
        }
    }

    /// [`inline_text`](Self::inline_text) while some capture is open.
    fn capture_text(&mut self, t: &str, markdown: &str, range: Range<usize>) {
        if let Some((_, text, _)) = self.heading.as_mut() {
            push_collapsed(text, t);
            return;
        }
        if let SummaryState::Capturing(_) = self.summary_state {
            self.summary_text.push(t, markdown);
        }
        if let Some((text, _)) = self.first_capture.as_mut() {
            text.push(t, markdown);
        }
        let item_markdown = self.item_keeps_markdown();
        if let Some(item) = self.item.as_mut() {
            if item_markdown {
                item.push(t, markdown);
            } else {
                push_collapsed(&mut item.plain, t);
            }
        }
        if let Some(cell) = self.table.open_cell() {
            push_collapsed(&mut cell.text, t);
            cell.span = Some(match cell.span.take() {
                Some(s) => s.start..range.end,
                None => range,
            });
        }
    }

    fn heading_ends(&mut self) {
        let Some((level, text, range)) = self.heading.take() else {
            return;
        };
        // A heading inside a blockquote or list (the Mintlify preamble's
        // `> ## Documentation Index`) is not part of the page's outline.
        if self.container_depth > 0 {
            self.return_string(text);
            return;
        }
        // The heading is copied out only where it is kept (the H1, another section's
        // heading, a diagnostic); its buffer goes back to the spares.
        let heading = collapse_str(&text);
        match level {
            1 if self.page.h1.is_none() => {
                // The buffer itself is kept, trimmed; `RawPage::recycle` returns it.
                let mut kept = text;
                kept.truncate(collapse_str(&kept).len());
                let span = self.text[range.clone()]
                    .find(kept.as_str())
                    .map_or(range.clone(), |i| {
                        range.start + i..range.start + i + kept.len()
                    });
                self.page.h1 = Some(Spanned::new(kept, span));
                self.summary_state = SummaryState::Waiting;
            }
            1 | 2 => {
                self.close_other_section(range.start);
                let kind = SectionKind::of(heading);
                if self.sections_seen & kind.bit() != 0 {
                    if kind != SectionKind::Other {
                        let message = format!("section `{heading}` appears twice");
                        self.error(range.clone(), message)
                            .with_help("merge the two sections into one".to_owned());
                    }
                } else {
                    self.sections_seen |= kind.bit();
                }
                if kind == SectionKind::Other {
                    let kept = heading.to_owned();
                    self.other.push((kept, range.end));
                }
                self.section = kind;
                self.return_string(text);
            }
            _ => self.return_string(text),
        }
    }

    fn close_other_section(&mut self, end: usize) {
        if self.section == SectionKind::Other
            && let Some((heading, start)) = self.other.pop()
        {
            // The first `Response fields` section documents body members: it is read for
            // them, not kept as another section.
            if self.page.fields_section.is_none()
                && crate::parse::members::is_fields_heading(&heading)
            {
                self.page.fields_section = Some(start..end);
                return;
            }
            let markdown = self
                .text
                .get(start..end)
                .unwrap_or_default()
                .trim()
                .to_owned();
            self.page.sections.push(Section { heading, markdown });
        }
    }

    /// An empty capture buffer, reused if one is spare.
    fn texts(&mut self) -> Texts {
        self.spare.pop().unwrap_or_default()
    }

    /// The text and markdown of a finished capture; its buffers become spare.
    fn collapse_texts(&mut self, mut texts: Texts) -> (String, String) {
        let out = texts.copy_out();
        self.spare.push(texts);
        out
    }

    /// An empty string buffer, reused if one is spare.
    fn spare_string(&mut self) -> String {
        self.spare_strings.pop().unwrap_or_default()
    }

    /// Gives back a buffer of [`spare_string`](Self::spare_string).
    fn return_string(&mut self, mut text: String) {
        text.clear();
        self.spare_strings.push(text);
    }

    fn finish(mut self) -> (RawPage, Reporter<'t>) {
        self.close_other_section(self.text.len());
        if let SummaryState::Capturing(start) = self.summary_state {
            let (text, markdown) = self.summary_text.copy_out();
            self.page.summary_markdown = markdown;
            self.page.summary = Some(Spanned::new(text, start..self.text.len()));
        }
        let mut spare = std::mem::take(&mut self.spare);
        let mut summary = std::mem::take(&mut self.summary_text);
        summary.clear();
        spare.push(summary);
        spare.truncate(MAX_SPARE_TEXTS);
        let mut strings = std::mem::take(&mut self.spare_strings);
        strings.truncate(MAX_SPARE_TEXTS);
        // Every table has ended (pulldown-cmark closes what it opens), which emptied it.
        let mut table = std::mem::take(&mut self.table);
        table.cells.clear();
        table.row_starts.clear();
        SPARE_TEXTS.set(Spares {
            texts: spare,
            strings,
            table,
            facts: Vec::new(),
        });
        (self.page, self.report)
    }
}

/// Appends `t` to `buf` with runs of whitespace as one space and none at the start, so
/// that [`collapse_str`] of the result only trims the end.
///
/// Inlined into its few callers: it runs for every piece of captured text, most of them a
/// few bytes long, where the call itself was a fifth of the work.
#[inline(always)]
fn push_collapsed(buf: &mut String, t: &str) {
    let b = t.as_bytes();
    // Whether a space here would be redundant: at the start, or after one.
    let mut after_space = buf.is_empty() || buf.ends_with(' ');
    // Runs of text and single spaces are copied as they are, in one piece; only other
    // whitespace breaks a run. Bytes are read as bytes, except the lead byte of a non-ASCII
    // character, which is decoded to see whether it is whitespace (U+00A0, U+2028, …).
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        // Eight bytes at a time while they need no change: printable ASCII with single
        // spaces, none after a space.
        while let Some(word) = words::word_at(b, i) {
            let spaces = words::bytes_equal(word, b' ');
            if words::bytes_outside(word, b' ', b'~') != 0
                || spaces & (spaces >> 8) != 0
                || (after_space && spaces & 0x80 != 0)
            {
                break;
            }
            after_space = spaces >> 63 != 0;
            i += 8;
        }
        if i == b.len() {
            break;
        }
        // Printable ASCII other than the space needs no decision: skip the run in a tight
        // loop.
        let run = i;
        while i < b.len() && b[i].wrapping_sub(b'!') <= b'~' - b'!' {
            i += 1;
        }
        if i > run {
            after_space = false;
            if i == b.len() {
                break;
            }
        }
        let c = b[i];
        let (space, len) = match c {
            b' ' if !after_space => {
                after_space = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => (true, 1),
            0..0x80 => (false, 1),
            _ => match t[i..].chars().next() {
                Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                None => (false, 1),
            },
        };
        if space {
            buf.push_str(&t[copied..i]);
            if !after_space {
                buf.push(' ');
                after_space = true;
            }
            copied = i + len;
        } else {
            after_space = false;
        }
        i += len;
    }
    buf.push_str(&t[copied..]);
}

/// The text of an event, without a call in the usual case of text borrowed from the page
/// (`CowStr`'s `Deref` is not inlined across crates).
#[inline(always)]
fn text_of<'a>(s: &'a pulldown_cmark::CowStr<'_>) -> &'a str {
    match s {
        pulldown_cmark::CowStr::Borrowed(b) => b,
        other => other,
    }
}

/// Whether [`push_collapsed`] onto `text` starts after a space (or at the start).
fn at_space(text: &str) -> bool {
    text.is_empty() || text.ends_with(' ')
}

/// Text collected twice: plain (for bodies) and as markdown (inline code kept), for targets
/// that render markdown.
#[derive(Default)]
struct Texts {
    plain: String,
    markdown: String,
}

impl Texts {
    fn push(&mut self, plain: &str, markdown: &str) {
        let at = self.plain.len();
        push_collapsed(&mut self.plain, plain);
        // The same text appended to buffers that end alike (both after a space, or both
        // not) comes out the same: copy it rather than collapse it twice.
        if std::ptr::eq(plain, markdown) && at_space(&self.markdown) == at_space(&self.plain[..at])
        {
            self.markdown.push_str(&self.plain[at..]);
        } else {
            push_collapsed(&mut self.markdown, markdown);
        }
    }

    /// The collected text and markdown without trailing whitespace, as new strings of
    /// their own length; the buffers are emptied for the next capture.
    fn copy_out(&mut self) -> (String, String) {
        let out = (
            collapse_str(&self.plain).to_owned(),
            collapse_str(&self.markdown).to_owned(),
        );
        self.clear();
        out
    }

    fn clear(&mut self) {
        self.plain.clear();
        self.markdown.clear();
    }
}

/// Inline code `t` as markdown, written to the empty `out`: `` `t` ``, with longer fences
/// when `t` holds backticks.
fn code_span(t: &str, out: &mut String) {
    let mut longest = 0;
    let mut run = 0;
    for &c in t.as_bytes() {
        run = if c == b'`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let pad = if longest > 0 { " " } else { "" };
    out.reserve(t.len() + 2 * (longest + 2));
    for _ in 0..=longest {
        out.push('`');
    }
    out.push_str(pad);
    out.push_str(t);
    out.push_str(pad);
    for _ in 0..=longest {
        out.push('`');
    }
}

/// A buffer filled by [`push_collapsed`], without its trailing space.
fn collapse_str(text: &str) -> &str {
    text.trim_end()
}

#[cfg(test)]
mod section_tests {
    use super::SectionKind;
    use crate::parse::facts::check_named_reader;

    /// The headings `SectionKind::of` knows without normalizing name the kind they
    /// normalize to; other headings are read by the normalized form alone.
    #[test]
    fn house_headings_are_the_sections_they_normalize_to() {
        check_named_reader(
            &SectionKind::KNOWN,
            SectionKind::name,
            |kind| kind,
            SectionKind::of,
            SectionKind::of_normalized,
            &[
                "",
                "other",
                "Common causes",
                "See also",
                "SDK behavior",
                "Fields",
            ],
        );
    }
}

#[cfg(test)]
mod collapse_tests {
    use super::{Texts, code_span, push_collapsed};

    #[test]
    fn inline_code_gets_a_fence_longer_than_its_backticks() {
        for (code, want) in [
            ("x", "`x`"),
            ("", "``"),
            ("a`b", "`` a`b ``"),
            ("``", "``` `` ```"),
            ("a``b`c", "``` a``b`c ```"),
        ] {
            let mut out = String::new();
            code_span(code, &mut out);
            assert_eq!(out, want, "{code:?}");
        }
    }

    /// A capture's markdown half, copied from the plain half when both get the same text,
    /// is what collapsing the text into it gives.
    #[test]
    fn a_capture_copies_shared_text_only_where_collapsing_would_give_the_same() {
        let pieces = ["a ", " b", "  c  ", "d", "\u{a0}e\t", " ", "é "];
        for code in ["x", "x ", " y", ""] {
            for a in pieces {
                for b in pieces {
                    let mut texts = Texts::default();
                    let (mut plain, mut markdown) = (String::new(), String::new());
                    let mut span = String::new();
                    code_span(code, &mut span);
                    for (p, m) in [(a, a), (code, span.as_str()), (b, b)] {
                        texts.push(p, m);
                        push_collapsed(&mut plain, p);
                        push_collapsed(&mut markdown, m);
                    }
                    assert_eq!(
                        texts.copy_out(),
                        (plain.trim_end().to_owned(), markdown.trim_end().to_owned())
                    );
                    assert!(texts.plain.is_empty() && texts.markdown.is_empty());
                }
            }
        }
    }

    /// The plain definition: every run of whitespace one space, none at the start of `buf`.
    fn reference(buf: &mut String, t: &str) {
        let mut pending = false;
        for c in t.chars() {
            if c.is_whitespace() {
                pending = true;
            } else {
                if pending && !buf.is_empty() && !buf.ends_with(' ') {
                    buf.push(' ');
                }
                pending = false;
                buf.push(c);
            }
        }
        if pending && !buf.is_empty() && !buf.ends_with(' ') {
            buf.push(' ');
        }
    }

    /// Long pieces of printable text, single and double spaces and other whitespace in
    /// every position of the eight-byte words, collapse as by the plain definition.
    #[test]
    fn pieces_of_every_shape_collapse_as_by_the_plain_definition() {
        let alphabet = [
            "a", "~", " ", " ", "  ", "\t", "\n", "é", "\u{a0}", "\u{7f}", "!",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let len = next() % 40;
            let mut piece = String::new();
            for _ in 0..len {
                // Mostly letters, as a page has them, so that long clean runs occur.
                let r = next() as usize % 24;
                piece.push_str(if r < alphabet.len() { alphabet[r] } else { "x" });
            }
            for first in ["", "x", "x "] {
                let (mut got, mut want) = (first.to_owned(), first.to_owned());
                push_collapsed(&mut got, &piece);
                reference(&mut want, &piece);
                assert_eq!(got, want, "{first:?} + {piece:?}");
            }
        }
    }

    #[test]
    fn whitespace_runs_become_one_space_as_by_the_plain_definition() {
        let pieces = [
            "",
            " ",
            "a",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a \t\n b",
            "\u{a0}x",
            "x\u{2028}y",
            "No — refresh",
            "é  ü",
            "\u{3000}\u{3000}z",
            "a\u{b}b",
            "a\u{85}b",
            "  ",
            "abcdefghijklmnopq rstu",
            "abcdefgh\tijklmnop",
            "0123456789é0123456789",
            "aaaaaaaa  bbbbbbbb ",
            "xxxxxxx\u{7f}yyyyyyyy\u{1f}zzzzzzzz",
            " ~~~~~~~~!!!!!!!!\u{a0}",
        ];
        for first in ["", "x", "x ", "é"] {
            for a in pieces {
                for b in pieces {
                    let (mut got, mut want) = (first.to_owned(), first.to_owned());
                    push_collapsed(&mut got, a);
                    push_collapsed(&mut got, b);
                    reference(&mut want, a);
                    reference(&mut want, b);
                    assert_eq!(got, want, "{first:?} + {a:?} + {b:?}");
                }
            }
        }
    }
}
