//! The parser of the `re` engine (regex.rs): pattern text to the node tree, with
//! Python's error messages and positions.

use super::regex::{ClassItem, Node, ASCII, DOTALL, IGNORECASE, MULTILINE, VERBOSE};

pub struct Parser<'a> {
    pub chars: &'a [char],
    pub pos: usize,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    pub fn err<T>(&self, msg: &str) -> Result<T, String> {
        self.err_at(msg, self.pos)
    }

    fn err_at<T>(&self, msg: &str, pos: usize) -> Result<T, String> {
        Err(format!("{} at position {}", msg, pos))
    }

    pub fn alt(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut branches = vec![self.seq()?];
        while self.eat('|') {
            branches.push(self.seq()?);
        }
        Ok(branches)
    }

    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => self.pos += 1,
                Some('#') => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn seq(&mut self) -> Result<Vec<Node>, String> {
        let mut out = Vec::new();
        loop {
            self.skip_verbose();
            match self.peek() {
                None | Some('|') | Some(')') => return Ok(out),
                _ => {}
            }
            let atom = self.atom()?;
            self.skip_verbose();
            let node = self.quantified(atom)?;
            out.push(node);
        }
    }

    fn number(&mut self) -> Option<usize> {
        let start = self.pos;
        while self.peek().map_or(false, |c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        if start == self.pos {
            return None;
        }
        self.chars[start..self.pos].iter().collect::<String>().parse().ok()
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                let save = self.pos;
                self.pos += 1;
                let lo_at = self.pos;
                let lo = self.number();
                let comma = self.eat(',');
                let hi = if comma { self.number() } else { lo };
                if !self.eat('}') || (lo.is_none() && !comma) {
                    self.pos = save;
                    return Ok(atom);
                }
                self.pos -= 1;
                let lo = lo.unwrap_or(0);
                if let Some(h) = hi {
                    if h < lo {
                        return self.err_at("min repeat greater than max repeat", lo_at);
                    }
                }
                (lo, hi)
            }
            _ => return Ok(atom),
        };
        let at = self.pos;
        self.pos += 1;
        if matches!(atom, Node::LineStart | Node::LineEnd | Node::TextStart | Node::TextEnd | Node::WordBoundary(_)) {
            return self.err_at("nothing to repeat", at);
        }
        if let Node::Repeat(..) = atom {
            return self.err_at("multiple repeat", at);
        }
        let greedy = !self.eat('?');
        if self.peek() == Some('+') {
            return self.err("possessive quantifiers are not supported");
        }
        let next_is_repeat = match self.peek() {
            Some('*') | Some('?') => true,
            Some('{') => self.chars.get(self.pos + 1).map_or(false, |c| c.is_ascii_digit() || *c == ','),
            _ => false,
        };
        if next_is_repeat {
            return self.err("multiple repeat");
        }
        Ok(Node::Repeat(Box::new(atom), min, max, greedy))
    }

    fn group(&mut self) -> Result<Node, String> {
        let open = self.pos - 1;
        let node = self.group_body()?;
        if self.eat(')') {
            Ok(node)
        } else {
            Err(format!("missing ), unterminated subpattern at position {}", open))
        }
    }

    fn group_body(&mut self) -> Result<Node, String> {
        if self.eat('?') {
            if self.eat(':') {
                let a = self.alt()?;
                return self.close(Node::Group(None, a));
            }
            if self.eat('P') {
                if self.eat('<') {
                    let start = self.pos;
                    while self.peek().map_or(false, |c| c != '>') {
                        self.pos += 1;
                    }
                    let name: String = self.chars[start..self.pos].iter().collect();
                    if !self.eat('>') {
                        return self.err_at("missing >, unterminated name", start);
                    }
                    if name.is_empty() {
                        return self.err_at("missing group name", start);
                    }
                    if !is_identifier(&name) {
                        return self.err_at(&format!("bad character in group name '{}'", name), start);
                    }
                    self.groups += 1;
                    let idx = self.groups;
                    if let Some((_, was)) = self.names.iter().find(|(n, _)| *n == name) {
                        return self.err_at(&format!("redefinition of group name '{}' as group {}; was group {}", name, idx, was), start);
                    }
                    self.names.push((name, idx));
                    let a = self.alt()?;
                    return self.close(Node::Group(Some(idx), a));
                }
                if self.eat('=') {
                    let start = self.pos;
                    while self.peek().map_or(false, |c| c != ')') {
                        self.pos += 1;
                    }
                    let name: String = self.chars[start..self.pos].iter().collect();
                    let idx = match self.names.iter().find(|(n, _)| *n == name) {
                        Some((_, i)) => *i,
                        None => return self.err(&format!("unknown group name '{}'", name)),
                    };
                    return self.close(Node::Backref(idx));
                }
                return self.err("unknown extension ?P");
            }
            let (ahead, negate) = if self.eat('=') {
                (true, false)
            } else if self.eat('!') {
                (true, true)
            } else if self.eat('<') {
                if self.eat('=') {
                    (false, false)
                } else if self.eat('!') {
                    (false, true)
                } else {
                    return self.err("unknown extension ?<");
                }
            } else if self.eat('#') {
                while self.peek().map_or(false, |c| c != ')') {
                    self.pos += 1;
                }
                return self.close(Node::Group(None, vec![vec![]]));
            } else {
                let mut flags = 0;
                while let Some(c) = self.peek() {
                    let f = match c {
                        'i' => IGNORECASE,
                        'm' => MULTILINE,
                        's' => DOTALL,
                        'x' => VERBOSE,
                        'a' => ASCII,
                        'u' => 0,
                        _ => break,
                    };
                    flags |= f;
                    self.pos += 1;
                }
                if self.peek() == Some(')') {
                    self.flags |= flags;
                    return Ok(Node::Group(None, vec![vec![]]));
                }
                let mut off = 0;
                if self.eat('-') {
                    while let Some(c) = self.peek() {
                        let f = match c {
                            'i' => IGNORECASE,
                            'm' => MULTILINE,
                            's' => DOTALL,
                            'x' => VERBOSE,
                            _ => break,
                        };
                        off |= f;
                        self.pos += 1;
                    }
                    if off == 0 {
                        return self.err("missing flag");
                    }
                }
                if (flags != 0 || off != 0) && self.eat(':') {
                    // `(?i:...)`: the flags hold inside the group only; VERBOSE changes parsing.
                    let outer = self.flags;
                    self.flags = (self.flags | flags) & !off;
                    let a = self.alt();
                    self.flags = outer;
                    return self.close(Node::Scoped(flags & !VERBOSE, off & !VERBOSE, a?));
                }
                return self.err("unknown extension");
            };
            let a = self.alt()?;
            if !ahead && fixed_width(&a).is_none() {
                return Err("look-behind requires fixed-width pattern".to_string());
            }
            return self.close(Node::Look(ahead, negate, a));
        }
        self.groups += 1;
        let idx = self.groups;
        let a = self.alt()?;
        self.close(Node::Group(Some(idx), a))
    }

    /// A group's node; `group` checks the closing parenthesis.
    fn close(&mut self, n: Node) -> Result<Node, String> {
        Ok(n)
    }

    fn atom(&mut self) -> Result<Node, String> {
        let c = self.peek().expect("seq checked");
        self.pos += 1;
        Ok(match c {
            '.' => Node::Any,
            '^' => Node::LineStart,
            '$' => Node::LineEnd,
            '(' => self.group()?,
            '[' => self.class()?,
            '\\' => self.escape(false)?,
            '*' | '+' | '?' => return self.err_at("nothing to repeat", self.pos - 1),
            '{' => Node::Char('{'),
            c => Node::Char(c),
        })
    }

    /// An escape after `\`; inside a class (`in_class`) only character escapes apply.
    fn escape(&mut self, in_class: bool) -> Result<Node, String> {
        let c = match self.peek() {
            Some(c) => c,
            None => return self.err("bad escape (end of pattern)"),
        };
        self.pos += 1;
        let class = |item: ClassItem| Node::Class(vec![item], false);
        Ok(match c {
            'd' => class(ClassItem::Digit(true)),
            'D' => class(ClassItem::Digit(false)),
            'w' => class(ClassItem::Word(true)),
            'W' => class(ClassItem::Word(false)),
            's' => class(ClassItem::Space(true)),
            'S' => class(ClassItem::Space(false)),
            'b' if in_class => Node::Char('\u{8}'),
            'b' => Node::WordBoundary(true),
            'B' => Node::WordBoundary(false),
            'A' => Node::TextStart,
            'Z' => Node::TextEnd,
            'n' => Node::Char('\n'),
            't' => Node::Char('\t'),
            'r' => Node::Char('\r'),
            'f' => Node::Char('\u{c}'),
            'v' => Node::Char('\u{b}'),
            'a' => Node::Char('\u{7}'),
            '0' => Node::Char('\0'),
            'x' | 'u' | 'U' => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = self.chars.iter().skip(self.pos).take(n).collect();
                self.pos += n;
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) if hex.len() == n => Node::Char(ch),
                    _ => return self.err(&format!("incomplete escape \\{}{}", c, hex)),
                }
            }
            '1'..='9' if !in_class => {
                self.pos -= 1;
                let at = self.pos;
                let n = self.number().unwrap_or(0);
                if n > self.groups {
                    return self.err_at(&format!("invalid group reference {}", n), at);
                }
                Node::Backref(n)
            }
            c if c.is_ascii_alphanumeric() => return self.err(&format!("bad escape \\{}", c)),
            c => Node::Char(c),
        })
    }

    fn class(&mut self) -> Result<Node, String> {
        let open = self.pos - 1;
        let negate = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let c = match self.peek() {
                None => return self.err_at("unterminated character set", open),
                Some(c) => c,
            };
            if c == ']' && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let lo_at = self.pos;
            self.pos += 1;
            let lo = if c == '\\' {
                match self.escape(true)? {
                    Node::Char(ch) => ch,
                    Node::Class(mut inner, _) => {
                        items.append(&mut inner);
                        continue;
                    }
                    _ => return self.err("bad escape in class"),
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).map_or(false, |&n| n != ']') {
                self.pos += 1;
                let h = self.peek().expect("checked");
                self.pos += 1;
                let hi = if h == '\\' {
                    match self.escape(true)? {
                        Node::Char(ch) => ch,
                        _ => return self.err("bad character range"),
                    }
                } else {
                    h
                };
                if hi < lo {
                    let text: String = self.chars[lo_at..self.pos].iter().collect();
                    return self.err_at(&format!("bad character range {}", text), lo_at);
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class(items, negate))
    }
}

/// Python's `str.isidentifier` for a group name.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// The one length every match of `alt` has, if it has one (what a look-behind needs).
fn fixed_width(alt: &[Vec<Node>]) -> Option<usize> {
    let mut width = None;
    for branch in alt {
        let mut w = 0;
        for n in branch {
            w += node_width(n)?;
        }
        match width {
            None => width = Some(w),
            Some(x) if x != w => return None,
            _ => {}
        }
    }
    width
}

fn node_width(n: &Node) -> Option<usize> {
    match n {
        Node::Char(_) | Node::Any | Node::Class(..) => Some(1),
        Node::LineStart | Node::LineEnd | Node::TextStart | Node::TextEnd | Node::WordBoundary(_) | Node::Look(..) => Some(0),
        Node::Group(_, alt) | Node::Scoped(_, _, alt) => fixed_width(alt),
        Node::Repeat(inner, min, Some(max), _) if min == max => node_width(inner).map(|w| w * min),
        Node::Repeat(..) | Node::Backref(_) => None,
    }
}
