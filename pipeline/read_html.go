package pipeline

import (
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// HTML to plain text.
//
// The document text is a list of text blocks joined by a blank line
// ("\n\n"). Blocks are:
//
//   - each heading (h1-h6), p, li, dt, dd, blockquote, pre, figcaption and
//     caption;
//   - each table row, its cells' texts joined by " | " (an empty cell
//     stays, so columns line up: "A | | C"; trailing empty cells are
//     dropped, rows with no text are skipped). A row in which some cell
//     holds more than one block or a nested table is a layout row, not a
//     data row: each cell's blocks are then blocks of their own;
//   - any text outside those elements, between two block boundaries, such
//     as text directly inside body, div, section or article.
//
// Whitespace inside a block collapses to single spaces and the block is
// trimmed; inside pre it is kept as written (leading blank lines and
// trailing white space are trimmed). <br> is a newline within its block
// (a space within a table row). Inline elements (a, b, i, span, sup, and
// any element not known as a block) add their text where they stand, so
// "<b>US</b>$5" reads "US$5". Nested blocks never repeat text: an li
// holding a p yields the p's text once.
//
// Dropped with all they contain: script, style, noscript, template, nav,
// header, footer, aside, form, svg, iframe, button, and everything in the
// head except the title.
//
// The title is the <title>'s text, else the first non-empty h1 outside
// dropped elements, else the first non-empty h1 anywhere (a page's h1
// often sits in its header).

// htmlDropped lists the elements removed before any text is taken.
const htmlDropped = "script, style, noscript, template, nav, header, footer, aside, form, svg, iframe, button"

// htmlBlocks lists the elements that end the text before them and start
// a new block. Everything else is inline.
var htmlBlocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true,
	"body": true, "caption": true, "center": true, "dd": true,
	"details": true, "dialog": true, "dir": true, "div": true, "dl": true,
	"dt": true, "fieldset": true, "figcaption": true, "figure": true,
	"footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "header": true, "hgroup": true,
	"hr": true, "html": true, "legend": true, "li": true, "main": true,
	"menu": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true,
	"td": true, "tfoot": true, "th": true, "thead": true, "tr": true,
	"ul": true, "listing": true, "xmp": true, "plaintext": true,
	"colgroup": true, "select": true, "option": true, "optgroup": true,
	"textarea": true, "video": true, "audio": true, "canvas": true,
	"object": true, "picture": true, "search": true,
}

// htmlText returns the title and the plain text of an HTML document
// (valid UTF-8 in, valid UTF-8 out). It fails on HTML nested deeper than
// maxDepth elements, counting the html and body elements the parser adds;
// the parser itself refuses more than htmlParserDepth open elements.
func htmlText(src string, maxDepth int) (title, text string, err error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// With a strings.Reader, only too many open elements make the
		// parser fail.
		if strings.Contains(err.Error(), "open stack of elements") {
			return "", "", errHTMLTooDeep(min(maxDepth, htmlParserDepth))
		}
		return "", "", fmt.Errorf("HTML cannot be parsed: %v", err)
	}
	if deeperThan(root, maxDepth) {
		return "", "", errHTMLTooDeep(maxDepth)
	}
	doc := goquery.NewDocumentFromNode(root)

	anyH1 := firstText(doc.Find("h1"))
	doc.Find(htmlDropped).Remove()
	title = firstText(doc.Find("title"))
	if title == "" {
		title = firstText(doc.Find("body h1"))
	}
	if title == "" {
		title = anyH1
	}

	w := &htmlWalker{}
	doc.Find("body").Each(func(_ int, s *goquery.Selection) {
		for _, n := range s.Nodes {
			w.walk(n)
		}
	})
	w.flush()
	return title, strings.Join(w.blocks, "\n\n"), nil
}

// deeperThan reports whether elements nest deeper than limit in the tree
// under root. It walks the tree without recursion, so that the depth is
// known before anything recurses into the tree.
func deeperThan(root *html.Node, limit int) bool {
	depth := 0
	for n := root; ; {
		if n.Type == html.ElementNode {
			if depth++; depth > limit {
				return true
			}
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			if n.Type == html.ElementNode {
				depth--
			}
			if n == root {
				return false
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// firstText returns the collapsed text of the first element of s that has
// any.
func firstText(s *goquery.Selection) string {
	for i := range s.Nodes {
		if t := collapseSpace(s.Eq(i).Text()); t != "" {
			return t
		}
	}
	return ""
}

// htmlWalker collects the blocks of a subtree.
type htmlWalker struct {
	blocks   []string
	buf      strings.Builder // the current block
	space    bool            // a collapsed space is pending in buf
	pre      int             // depth of pre elements around the walk
	hasPre   bool            // buf holds text from inside a pre
	sawTable bool            // the subtree holds a table
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default: // comments, doctypes
		return
	}
	name := n.Data
	switch name {
	case "br":
		w.newline()
		return
	case "tr":
		w.flush()
		w.row(n)
		return
	case "table":
		w.sawTable = true
	}
	block := htmlBlocks[name]
	if block {
		w.flush()
	}
	pre := name == "pre" || name == "listing" || name == "xmp" || name == "plaintext"
	if pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if pre {
		w.pre--
	}
	if block {
		w.flush()
	}
}

// text adds a text node to the current block.
func (w *htmlWalker) text(s string) {
	if w.pre > 0 {
		w.buf.WriteString(s)
		w.space = false
		w.hasPre = true
		return
	}
	for _, c := range s {
		switch c {
		case ' ', '\t', '\n', '\r', '\f':
			w.space = true
			continue
		}
		if w.space && w.buf.Len() > 0 && !strings.HasSuffix(w.buf.String(), "\n") {
			w.buf.WriteByte(' ')
		}
		w.space = false
		w.buf.WriteRune(c)
	}
}

// newline adds a line break (<br>) to the current block.
func (w *htmlWalker) newline() {
	w.buf.WriteByte('\n')
	w.space = false
}

// flush ends the current block, keeping it when it has any text.
func (w *htmlWalker) flush() {
	s := w.buf.String()
	if w.hasPre {
		s = strings.TrimRight(strings.TrimLeft(s, "\r\n"), " \t\r\n\f")
	} else {
		s = strings.TrimSpace(s)
	}
	if strings.TrimSpace(s) != "" {
		w.blocks = append(w.blocks, s)
	}
	w.buf.Reset()
	w.space = false
	w.hasPre = false
}

// row adds a table row: one block of cells joined by " | ", or, for a
// layout row, each cell's blocks.
func (w *htmlWalker) row(tr *html.Node) {
	var cells [][]string
	layout := false
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.Data != "td" && c.Data != "th") {
			continue
		}
		cw := &htmlWalker{pre: w.pre}
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			cw.walk(cc)
		}
		cw.flush()
		if len(cw.blocks) > 1 || cw.sawTable {
			layout = true
		}
		w.sawTable = w.sawTable || cw.sawTable
		cells = append(cells, cw.blocks)
	}
	if layout {
		for _, blocks := range cells {
			w.blocks = append(w.blocks, blocks...)
		}
		return
	}
	for len(cells) > 0 && len(cells[len(cells)-1]) == 0 {
		cells = cells[:len(cells)-1]
	}
	if len(cells) == 0 {
		return
	}
	var b strings.Builder
	for i, blocks := range cells {
		if i > 0 {
			b.WriteString(" |")
		}
		if len(blocks) == 0 {
			continue
		}
		cell := blocks[0]
		if strings.ContainsAny(cell, "\n\r\t\f") {
			cell = collapseSpace(cell)
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(cell)
	}
	w.blocks = append(w.blocks, b.String())
}
