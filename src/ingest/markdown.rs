//! Markdown sources, reduced to their plain text: headings, paragraphs and
//! list items each on their own line, emphasis and link syntax dropped, so
//! `**NO DEAL**` reads as `NO DEAL` to the claim rules.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::model::{Document, SourceFormat, Span};

pub(super) fn parse(source: &str) -> Document {
    let mut text = String::new();
    let mut title_span = None;
    let mut heading_start = 0;
    let mut list_items = Vec::new();
    let mut headings = Vec::new();
    let mut item_start = 0;
    for event in Parser::new(source) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                end_block(&mut text);
                heading_start = text.len();
            }
            Event::End(TagEnd::Heading(_)) => {
                let heading = Span::new(heading_start, text.trim_end().len());
                if title_span.is_none() && heading_start == first_text_offset(&text) {
                    title_span = Some(heading);
                } else if !heading.is_empty() {
                    headings.push(heading);
                }
                end_block(&mut text);
            }
            Event::Start(Tag::Item) => {
                end_line(&mut text);
                item_start = text.len();
            }
            Event::End(TagEnd::Item) => {
                let end = text.trim_end().len().max(item_start);
                if end > item_start {
                    list_items.push(Span::new(item_start, end));
                }
                end_line(&mut text);
            }
            Event::End(TagEnd::Paragraph | TagEnd::BlockQuote(_) | TagEnd::List(_)) => {
                end_block(&mut text)
            }
            Event::End(TagEnd::CodeBlock) => end_block(&mut text),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak => text.push(' '),
            Event::HardBreak => text.push('\n'),
            Event::Rule => end_block(&mut text),
            _ => {}
        }
    }
    let text = text.trim_end().to_string();
    list_items.retain(|s: &Span| s.end <= text.len());
    headings.retain(|s: &Span| s.end <= text.len());
    Document {
        label: String::new(),
        path: None,
        format: SourceFormat::Markdown,
        title: title_span.map(|s: Span| s.slice(&text).to_string()),
        text: text.into(),
        title_span,
        list_items,
        headings,
        url: None,
        published: None,
    }
}

fn first_text_offset(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

fn end_line(text: &mut String) {
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
}

fn end_block(text: &mut String) {
    end_line(text);
    if !text.is_empty() && !text.ends_with("\n\n") {
        text.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_dropped_and_blocks_kept() {
        let d = parse("# NO DEAL!\n\n**Putin** met [envoys](http://x).\n\n- one\n- two\n");
        assert_eq!(&*d.text, "NO DEAL!\n\nPutin met envoys.\n\none\ntwo");
        assert_eq!(d.title.as_deref(), Some("NO DEAL!"));
        let items: Vec<&str> = d.list_items.iter().map(|s| s.slice(&d.text)).collect();
        assert_eq!(items, ["one", "two"]);
    }

    #[test]
    fn a_heading_later_in_the_text_is_not_the_title() {
        let d = parse("Lead paragraph.\n\n## Subhead\n\nMore.");
        assert_eq!(d.title, None);
        assert_eq!(&*d.text, "Lead paragraph.\n\nSubhead\n\nMore.");
        let headings: Vec<&str> = d.headings.iter().map(|s| s.slice(&d.text)).collect();
        assert_eq!(headings, ["Subhead"]);
    }

    #[test]
    fn a_quoted_subhead_is_a_subhead_not_a_quote_of_the_story() {
        let mut d = parse(
            "# Camp cleared\n\nPolice cleared the camp at dawn on Wednesday.\n\n### 'Like a war zone'\n\nOne mum said it was loud.",
        );
        d.label = "t".into();
        let analysis = crate::analyse(d, &crate::Config::default());
        let subhead = analysis
            .sentences
            .iter()
            .find(|s| s.span.slice(&analysis.document.text).contains("war zone"));
        assert_eq!(
            subhead.map(|s| &s.role),
            Some(&crate::model::SentenceRole::Subhead)
        );
    }
}
