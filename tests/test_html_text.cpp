#include <doctest/doctest.h>

#include <string>

#include "analyze.h"
#include "html_entities.h"
#include "html_parse.h"
#include "html_text.h"

using parallax::extract_html_article;

namespace {

std::string decoded(std::string_view text) {
  std::string out;
  parallax::append_html_decoded(out, text);
  return out;
}

std::string text_of(std::string_view html) { return extract_html_article(html).text; }

// A small news page: the site's menus and footer around one <article>.
const std::string kPage = R"(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour bridge closes for repairs | The Coastal Ledger</title>
<meta property="og:title" content="Harbour bridge closes for repairs">
<meta property="og:site_name" content="The Coastal Ledger">
<meta name="author" content="Mairi Dunlop">
<meta property="article:published_time" content="2023-03-09T07:15:00+00:00">
<style>body { font-family: serif; }</style>
<script>window.tracker = {page: "bridge"};</script>
</head><body>
<header class="site-header"><a href="/">The Coastal Ledger</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad-slot" id="top-banner">Advertisement</div>
<article>
<h1>Harbour bridge closes for repairs</h1>
<p>The swing bridge over Kelmouth harbour will close for six weeks from Monday,
the county council said on Thursday.</p>
<p>Engineers found corrosion in two of the bridge&rsquo;s bearings during a routine
inspection in February. A diversion of 4&nbsp;km will be signposted.</p>
<figure><img src="bridge.jpg" alt=""><figcaption>The bridge opened in 1964.</figcaption></figure>
<p>&ldquo;We know this is disruptive,&rdquo; said councillor Ewan Baird.</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Ferry fares rise</a></li></ul></aside>
<footer><p>&copy; 2023 The Coastal Ledger</p></footer>
</body></html>)";

}  // namespace

TEST_CASE("html entities: named, numeric and unknown references") {
  CHECK(decoded("Fish &amp; chips &lt;3") == "Fish & chips <3");
  CHECK(decoded("caf&eacute; &mdash; &euro;5") == "caf\xC3\xA9 \xE2\x80\x94 \xE2\x82\xAC" "5");
  CHECK(decoded("&#8220;Yes&#x201D;") == "\xE2\x80\x9CYes\xE2\x80\x9D");
  SUBCASE("the Windows-1252 range names its characters, as in browsers") {
    CHECK(decoded("don&#146;t") == "don\xE2\x80\x99t");
  }
  SUBCASE("impossible code points become U+FFFD") {
    CHECK(decoded("&#0;") == "\xEF\xBF\xBD");
    CHECK(decoded("&#xD800;") == "\xEF\xBF\xBD");
    CHECK(decoded("&#99999999999999999999;") == "\xEF\xBF\xBD");
  }
  SUBCASE("unknown names and lone ampersands stay as written") {
    CHECK(decoded("AT&T &notaname; & &#;") == "AT&T &notaname; & &#;");
  }
  SUBCASE("legacy names decode without a semicolon") {
    CHECK(decoded("R&amp D &nbsp") == "R& D \xC2\xA0");
    CHECK(decoded("&copy 2023") == "&copy 2023");
  }
}

TEST_CASE("html parse: implied ends and raw text") {
  const parallax::HtmlTree tree = parallax::parse_html("<p>one<p>two<ul><li>a<li>b</ul><script>if (a<b) x='</p>';</script>");
  const auto& root = tree.root();
  REQUIRE(root.children.size() == 4);  // p, p, ul, script: a <p> does not nest in a <p>
  CHECK(tree.at(root.children[1]).tag == "p");
  const auto& list = tree.at(root.children[2]);
  CHECK(list.children.size() == 2);  // the second <li> closed the first
  const auto& script = tree.at(root.children[3]);
  REQUIRE(script.children.size() == 1);
  CHECK(tree.at(script.children[0]).text == "if (a<b) x='</p>';");
}

TEST_CASE("html parse: attributes quoted, unquoted, with '>' inside") {
  const parallax::HtmlTree tree = parallax::parse_html(R"(<a title="x > y" data-n=5 HREF='/a?b=1&amp;c=2' hidden>t</a>)");
  const auto& a = tree.at(tree.root().children[0]);
  CHECK(a.attribute("title") == "x > y");
  CHECK(a.attribute("data-n") == "5");
  CHECK(a.attribute("href") == "/a?b=1&c=2");
  CHECK(a.has_attribute("hidden"));
  CHECK(tree.at(a.children[0]).text == "t");
}

TEST_CASE("html text: the article without the site's furniture") {
  const auto article = extract_html_article(kPage);
  CHECK(article.text ==
        "Harbour bridge closes for repairs\n\n"
        "The swing bridge over Kelmouth harbour will close for six weeks from Monday, the county council said on "
        "Thursday.\n\n"
        "Engineers found corrosion in two of the bridge\xE2\x80\x99s bearings during a routine inspection in February. "
        "A diversion of 4 km will be signposted.\n\n"
        "The bridge opened in 1964.\n\n"
        "\xE2\x80\x9CWe know this is disruptive,\xE2\x80\x9D said councillor Ewan Baird.\n");
  CHECK(article.metadata.title == "Harbour bridge closes for repairs");
  CHECK(article.metadata.site == "The Coastal Ledger");
  CHECK(article.metadata.byline == "Mairi Dunlop");
  CHECK(article.metadata.date == "2023-03-09");
}

TEST_CASE("html text: nested blocks, line breaks and inline elements") {
  CHECK(text_of("<body><div><section><p>First <b>bold</b> and <a href=#>linked</a> words.</p>"
                "<div>Second<br>line two</div></section></div></body>") ==
        "First bold and linked words.\n\nSecond\nline two\n");
  CHECK(text_of("<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>") ==
        "one\n\ntwo\n\na\n\nb\n");
}

TEST_CASE("html text: code and hidden things are not text") {
  const std::string html =
      "<body><script>var headline = 'Fake';</script><style>p{}</style><noscript>Enable JS</noscript>"
      "<template><p>Later</p></template><p hidden>Hidden</p><p aria-hidden=\"true\">Icon</p>"
      "<p style=\"display: none\">Tracker</p><svg><text>Chart</text></svg>"
      "<form><label>Email</label><input value=\"x\"><button>Subscribe</button></form>"
      "<p>The story.</p><!-- <p>Commented out</p> --></body>";
  CHECK(text_of(html) == "The story.\n");
}

TEST_CASE("html text: furniture named by class or role is left out, as Readability does") {
  const std::string html =
      "<body><main><div class=\"share-bar social\">Share on Facebook</div>"
      "<div role=\"navigation\">Home Sport</div><div id=\"comments\">12 comments</div>"
      "<div class=\"sidebar-content\"><p>Kept because the class also says content.</p></div>"
      "<table><tr><td class=\"sidebar\">Kept: inside a table.</td></tr></table></main></body>";
  CHECK(text_of(html) == "Kept because the class also says content.\n\nKept: inside a table.\n");
}

TEST_CASE("html text: the byline") {
  SUBCASE("a byline element becomes metadata and leaves the text") {
    const auto article = extract_html_article(
        "<article><h1>Rail strike called off</h1><p class=\"byline\">By Tomas Reyes</p><p>Talks succeeded.</p></article>");
    CHECK(article.metadata.byline == "By Tomas Reyes");
    CHECK(article.text == "Rail strike called off\n\nTalks succeeded.\n");
  }
  SUBCASE("with <meta name=author> the byline element stays, as in Readability") {
    const auto article = extract_html_article(
        "<head><meta name=author content=\"Tomas Reyes\"></head>"
        "<article><h1>Rail strike called off</h1><p class=\"byline\">By Tomas Reyes</p><p>Talks succeeded.</p></article>");
    CHECK(article.metadata.byline == "Tomas Reyes");
    CHECK(article.text == "Rail strike called off\n\nBy Tomas Reyes\n\nTalks succeeded.\n");
  }
}

TEST_CASE("html text: the title is put first when the article does not open with it") {
  CHECK(text_of("<title>Storm closes schools - Daily Bugle</title><body><p>Schools shut.</p></body>") ==
        "Storm closes schools\n\nSchools shut.\n");
  CHECK(text_of("<title>Storm closes schools | Daily Bugle</title><body><h1>Storm closes schools</h1><p>Shut.</p></body>") ==
        "Storm closes schools\n\nShut.\n");
  SUBCASE("an article opening with a headline of its own keeps it, without the title") {
    CHECK(text_of("<title>Council budget vote delayed again</title><body><h1>Vote delayed</h1><p>Shut.</p></body>") ==
          "Vote delayed\n\nShut.\n");
  }
  SUBCASE("a short <title> is kept whole") {
    CHECK(extract_html_article("<title>News | Bugle</title><p>x</p>").metadata.title == "News | Bugle");
  }
}

TEST_CASE("html text: the one <article> is preferred, else <main>, else the body") {
  CHECK(text_of("<body><p>Menu</p><main><p>Main text.</p></main></body>") == "Main text.\n");
  CHECK(text_of("<body><p>Intro</p><article><p>One.</p></article><article><p>Two.</p></article></body>") ==
        "Intro\n\nOne.\n\nTwo.\n");
  CHECK(text_of("<body><header><p>Site</p></header><p>Body text.</p><footer>Contact</footer></body>") ==
        "Body text.\n");
}

TEST_CASE("html text: whitespace collapses as a browser renders it") {
  CHECK(text_of("<p>  Two\n\t spaces&nbsp;&nbsp;here \xE2\x80\x83 and\xC2\xA0there </p>") == "Two spaces here and there\n");
}

TEST_CASE("html text: the publication date") {
  CHECK(parallax::leading_iso_date("2021-02-14T09:30:00+03:00") == "2021-02-14");
  CHECK(parallax::leading_iso_date("2021-02-14") == "2021-02-14");
  CHECK(parallax::leading_iso_date("2021-02-30") == "");
  CHECK(parallax::leading_iso_date("14 February 2021") == "");
  CHECK(parallax::leading_iso_date("2021-02-145") == "");
}

TEST_CASE("html text: malformed markup still gives the text") {
  CHECK(text_of("<p>Unclosed <b>bold <i>italic</p><p>Next</div></span>paragraph") ==
        "Unclosed bold italic\n\nNextparagraph\n");
  CHECK(text_of("<p>a < b and c > d</p><p>x </ y</p>") == "a < b and c > d\n\nx\n");
  CHECK(text_of("<p>Before<!-- never closed <p>hidden") == "Before\n");
  CHECK(text_of("<p>Tag never closed <a href=\"x") == "Tag never closed\n");
  CHECK(text_of("<script>no end") == "");
  CHECK(text_of("") == "");
}

TEST_CASE("html text: huge attributes and deep nesting do not hurt") {
  const std::string huge(2'000'000, 'x');
  CHECK(text_of("<p data-x=\"" + huge + "\">After a huge attribute.</p>") == "After a huge attribute.\n");
  std::string deep;
  for (int i = 0; i < 100'000; ++i) deep += "<div>";
  deep += "Deep text.";
  CHECK(text_of(deep) == "Deep text.\n");
}

TEST_CASE("html text: no crash on garbage bytes") {
  std::string garbage;
  std::uint32_t state = 12345;
  const std::string alphabet = "<>/=\"'&#;! -abcpx\n\xC3\xA9\xFF";
  for (int i = 0; i < 200'000; ++i) {
    state = state * 1103515245u + 12345u;
    garbage.push_back(alphabet[(state >> 16) % alphabet.size()]);
  }
  const auto article = extract_html_article(garbage);
  CHECK(article.text.size() < garbage.size() * 3);
}

TEST_CASE("analyze: an HTML document is analysed as its article text") {
  std::vector<parallax::InputDocument> inputs = {{"bridge.html", kPage, "", true}};
  const parallax::Report report = parallax::analyze(inputs, {});
  REQUIRE(report.documents.size() == 1);
  const auto& doc = report.documents[0];
  CHECK(doc.text.rfind("Harbour bridge closes for repairs\n\nThe swing bridge", 0) == 0);
  CHECK(doc.text.find("Advertisement") == std::string::npos);
  CHECK(doc.title == "Harbour bridge closes for repairs");
  CHECK(doc.metadata.site == "The Coastal Ledger");
  for (const auto& s : doc.sentences) CHECK(s.end <= doc.text.size());
  SUBCASE("the caller's date wins over the page's") {
    inputs[0].date = "2023-03-10";
    CHECK(parallax::analyze(inputs, {}).documents[0].metadata.date == "2023-03-10");
  }
  SUBCASE("a page without article text is refused") {
    inputs[0].bytes = "<html><script>only code</script></html>";
    const parallax::Report empty = parallax::analyze(inputs, {});
    CHECK(empty.documents.empty());
    REQUIRE(empty.rejected.size() == 1);
    CHECK(empty.rejected[0].code == "empty");
  }
}
