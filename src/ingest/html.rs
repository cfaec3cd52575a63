//! Saved web pages, reduced to the article's main text.
//!
//! News pages wrap a story in navigation, cookie banners, captions, related
//! links and share buttons. The publisher's own JSON-LD `articleBody`, when a
//! page carries one, is the cleanest text; otherwise dom_smoothie (a
//! Readability port) finds the main content. Headline, date and publisher come
//! from JSON-LD, else from the page's metadata.

use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;

use crate::model::{Document, SourceFormat};

/// What a page's JSON-LD says about its article.
#[derive(Debug, Default, PartialEq)]
struct ArticleMeta {
    headline: Option<String>,
    body: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
}

/// Page furniture that is never story text.
const FURNITURE: &str = "nav, header, footer, aside, form, button, figcaption, noscript, \
    script, style, template, iframe, [role=navigation], [role=banner], [role=contentinfo], \
    [aria-hidden=true], [class*=cookie], [id*=cookie], [class*=consent], [id*=consent], \
    [class*=share], [class*=social], [class*=related], [id*=related], [class*=newsletter], \
    [class*=subscribe], [class*=promo], [class*=advert], [class*=byline], [class*=caption], \
    [class*=breadcrumb], [class*=comments], [id*=comments]";

pub(super) fn parse(source: &str) -> Document {
    let dom = Dom::from(source);
    let meta = json_ld(&dom);
    dom.select(FURNITURE).remove();
    let article_text = article_paragraphs(&dom);
    let (readable_title, readable_text, readable_date, site) = readable(dom);
    let text = match meta.body.as_deref().map(str::trim) {
        Some(body) if body.split_whitespace().count() >= 20 => paragraphs(body),
        _ => article_text.unwrap_or(readable_text),
    };
    let title = meta.headline.or(readable_title);
    Document {
        label: meta.publisher.or(site).unwrap_or_default(),
        path: None,
        format: SourceFormat::Html,
        title,
        text: text.into(),
        title_span: None,
        list_items: Vec::new(),
        headings: Vec::new(),
        url: meta.url,
        published: meta.published.or(readable_date),
    }
}

/// The text blocks of the page's `<article>` (or `[itemprop=articleBody]`),
/// when it has at least two paragraphs: the layout most news sites use.
fn article_paragraphs(dom: &Dom) -> Option<String> {
    let article = dom.select("[itemprop=articleBody], article").first();
    let blocks: Vec<String> = article
        .select("p, h2, h3, h4, h5, h6, li, blockquote")
        .iter()
        .filter(|b| b.select("p, li").is_empty())
        .map(|b| b.text().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect();
    (blocks.len() >= 2).then(|| blocks.join("\n\n"))
}

/// Main text, title, date and site name as dom_smoothie finds them.
fn readable(dom: Dom) -> (Option<String>, String, Option<String>, Option<String>) {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let Ok(mut reader) = Readability::with_document(dom, None, Some(config)) else {
        return (None, String::new(), None, None);
    };
    match reader.parse() {
        Ok(article) => (
            Some(article.title).filter(|t| !t.trim().is_empty()),
            paragraphs(&article.text_content),
            article.published_time,
            article.site_name,
        ),
        Err(_) => (None, String::new(), None, None),
    }
}

/// Tidy extracted text: trimmed lines, one blank line between paragraphs.
fn paragraphs(text: &str) -> String {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn json_ld(dom: &Dom) -> ArticleMeta {
    let mut meta = ArticleMeta::default();
    for script in dom.select(r#"script[type="application/ld+json"]"#).iter() {
        let Ok(value) = serde_json::from_str::<Value>(&script.text()) else {
            continue;
        };
        if let Some(article) = find_article(&value) {
            let field = |k: &str| article.get(k).and_then(Value::as_str).map(str::to_string);
            meta.headline = meta.headline.or(field("headline"));
            meta.body = meta.body.or(field("articleBody"));
            meta.published = meta.published.or(field("datePublished"));
            meta.url = meta.url.or(field("url"));
            let publisher = article.get("publisher");
            meta.publisher = meta.publisher.or(publisher
                .and_then(|p| p.get("name").and_then(Value::as_str).or(p.as_str()))
                .map(str::to_string));
        }
    }
    meta
}

/// The first object typed as an article, searching arrays and `@graph`.
fn find_article(value: &Value) -> Option<&Value> {
    match value {
        Value::Array(items) => items.iter().find_map(find_article),
        Value::Object(object) => {
            let is_article = match object.get("@type") {
                Some(Value::String(t)) => t.ends_with("Article"),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| t.ends_with("Article"))),
                _ => false,
            };
            if is_article {
                Some(value)
            } else {
                object.get("@graph").and_then(find_article)
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Fire | Daily</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Harbour fire kills three","datePublished":"2025-03-04","publisher":{"@type":"Organization","name":"Daily Bugle"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie">We use cookies. <button>Accept</button></div>
<article><h1>Harbour fire kills three</h1>
<p>Three people died when a fire tore through a warehouse at the harbour on Tuesday night, the fire service said.</p>
<p>More than 80 firefighters fought the blaze for six hours before bringing it under control, officials said.</p>
<figure><img src="x.jpg"><figcaption>Smoke over the port.</figcaption></figure>
<p>The cause of the fire is under investigation, and police have not ruled out arson at this stage.</p>
</article><aside><h2>Related stories</h2><ul><li><a href="/a">Other fire</a></li></ul></aside>
<footer>Share on X. Copyright 2025.</footer></body></html>"#;

    #[test]
    fn main_text_and_json_ld_metadata() {
        let d = parse(PAGE);
        assert!(d.text.contains("Three people died"), "{}", d.text);
        assert!(d.text.contains("arson at this stage."));
        assert!(!d.text.contains("Home"), "{}", d.text);
        assert!(!d.text.contains("cookies"), "{}", d.text);
        assert!(!d.text.contains("Related stories"), "{}", d.text);
        assert_eq!(d.title.as_deref(), Some("Harbour fire kills three"));
        assert_eq!(d.published.as_deref(), Some("2025-03-04"));
        assert_eq!(d.label, "Daily Bugle");
    }

    #[test]
    fn article_body_in_json_ld_wins() {
        let body = "word ".repeat(30);
        let page = format!(
            r#"<html><head><script type="application/ld+json">[{{"@type":"WebPage"}},{{"@type":["NewsArticle"],"articleBody":"{body}"}}]</script></head><body><p>Other</p></body></html>"#
        );
        assert_eq!(&*parse(&page).text, body.trim());
    }

    /// A layout without `<article>`: the story in a div, among a sidebar, a
    /// newsletter box, an ad slot and a comments section (Readability path).
    const DIV_LAYOUT: &str = r#"<html><head><title>Council passes rent freeze - Eastvale Echo</title>
<meta property="og:site_name" content="Eastvale Echo"></head><body>
<header class="site-header"><a href="/">Eastvale Echo</a><ul><li>News</li><li>Sport</li></ul></header>
<div class="layout"><div class="main-column"><h1>Council passes rent freeze</h1>
<div class="byline">By A. Writer, 14 May 2025</div>
<div class="story-body">
<p>The city council voted 7-4 on Tuesday night to freeze rents on about 12,000 apartments for one year, after a session that ran past midnight.</p>
<div class="advert">Advertisement</div>
<p>Mayor Ana Torres called the vote "a first step, not a last word" and said the freeze would take effect on July 1.</p>
<p>Landlords' groups said they would challenge the measure in court, arguing that it breaks state law on rent regulation.</p>
<div class="newsletter-signup"><p>Sign up for our morning briefing and never miss a story from the city hall beat.</p></div>
<p>About 400 people rallied outside City Hall before the meeting, according to police estimates.</p>
</div>
<section id="comments"><p>Great news for tenants! I have waited years for this to finally happen in our city.</p></section>
</div><aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Bridge repairs delayed again</a></li></ul></aside></div>
<footer><p>Copyright 2025 Eastvale Echo. All rights reserved.</p></footer></body></html>"#;

    #[test]
    fn div_layouts_keep_the_story_and_drop_the_furniture() {
        let d = parse(DIV_LAYOUT);
        for kept in [
            "voted 7-4",
            "a first step, not a last word",
            "challenge the measure",
            "About 400 people",
        ] {
            assert!(d.text.contains(kept), "{kept} missing from {}", d.text);
        }
        for dropped in [
            "Most read",
            "Sign up for our morning briefing",
            "Great news for tenants",
            "All rights reserved",
            "Sport",
        ] {
            assert!(!d.text.contains(dropped), "{dropped} kept in {}", d.text);
        }
        assert_eq!(d.label, "Eastvale Echo");
    }

    #[test]
    fn garbage_does_not_panic() {
        let d = parse("<<<>>> <p>unclosed <b>");
        assert!(d.text.len() < 100);
    }
}
