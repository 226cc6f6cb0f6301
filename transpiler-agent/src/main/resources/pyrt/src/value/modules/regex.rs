//! A backtracking regular-expression engine for `re`: the common subset of Python's syntax
//! (literals, `.`, classes, `\d\w\s\b` and their negations, anchors, capturing /
//! non-capturing / named groups, backreferences, lookaround, alternation, greedy and lazy
//! quantifiers) with Python's leftmost-first semantics, over code points.

pub const IGNORECASE: u32 = 2;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

#[derive(Clone, Debug)]
pub enum ClassItem {
    Range(char, char),
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone, Debug)]
pub enum Node {
    Char(char),
    Any,
    Class(Vec<ClassItem>, bool),
    LineStart,
    LineEnd,
    TextStart,
    TextEnd,
    WordBoundary(bool),
    Group(Option<usize>, Vec<Vec<Node>>),
    Backref(usize),
    Repeat(Box<Node>, usize, Option<usize>, bool),
    Look(bool, bool, Vec<Vec<Node>>),
    /// `(?i:...)`, `(?-i:...)`: flags added and removed inside the group.
    Scoped(u32, u32, Vec<Vec<Node>>),
}

/// A compiled pattern.
pub struct Regex {
    alt: Vec<Vec<Node>>,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

/// The span of group 0 and of every group; while matching, one more slot at the end holds
/// the group that closed last (`Match.lastindex`), as `Some((i, i))`.
pub type Caps = Vec<Option<(usize, usize)>>;

use super::regex_parse::Parser;

impl Regex {
    pub fn new(pattern: &str, flags: u32) -> Result<Regex, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser { chars: &chars, pos: 0, groups: 0, names: Vec::new(), flags };
        let alt = p.alt()?;
        if p.pos < chars.len() {
            return p.err("unbalanced parenthesis");
        }
        Ok(Regex { alt, groups: p.groups, names: p.names, flags: p.flags })
    }

    /// The first match starting at or after `start` (and, with `not_empty_at`, not an
    /// empty match at that position), as the spans of group 0 and every group, and the
    /// index of the group that closed last.
    pub fn search(&self, text: &[char], start: usize, anchored: bool, full: bool, not_empty_at: Option<usize>) -> Option<(Caps, Option<usize>)> {
        let m = Matcher { text, flags: self.flags };
        let mut s = start;
        loop {
            let mut caps: Caps = vec![None; self.groups + 2];
            let found = m.alt(&self.alt, s, &mut caps, &mut |e, caps| {
                if full && e != text.len() {
                    return false;
                }
                if not_empty_at == Some(s) && e == s {
                    return false;
                }
                caps[0] = Some((s, e));
                true
            });
            if found {
                let last = caps.pop().flatten().map(|(i, _)| i);
                return Some((caps, last));
            }
            if anchored || s >= text.len() {
                return None;
            }
            s += 1;
        }
    }
}

struct Matcher<'t> {
    text: &'t [char],
    flags: u32,
}

type Cont<'k> = &'k mut dyn FnMut(usize, &mut Caps) -> bool;

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

impl<'t> Matcher<'t> {
    fn is_word(&self, c: char) -> bool {
        if self.flags & ASCII != 0 {
            c.is_ascii_alphanumeric() || c == '_'
        } else {
            c.is_alphanumeric() || c == '_'
        }
    }

    fn item_has(&self, item: &ClassItem, c: char) -> bool {
        match item {
            ClassItem::Range(lo, hi) => {
                if *lo <= c && c <= *hi {
                    return true;
                }
                if self.flags & IGNORECASE != 0 {
                    let l = fold(c);
                    let u = c.to_uppercase().next().unwrap_or(c);
                    return (*lo <= l && l <= *hi) || (*lo <= u && u <= *hi);
                }
                false
            }
            ClassItem::Digit(pos) => {
                let d = if self.flags & ASCII != 0 { c.is_ascii_digit() } else { crate::int::decimal_value(c).is_some() };
                d == *pos
            }
            ClassItem::Word(pos) => self.is_word(c) == *pos,
            ClassItem::Space(pos) => {
                let s = if self.flags & ASCII != 0 { " \t\n\r\x0b\x0c".contains(c) } else { crate::str::is_space(c) };
                s == *pos
            }
        }
    }

    /// Whether the one-character node `n` matches `c` (`None` for other nodes).
    fn single(&self, n: &Node, c: char) -> Option<bool> {
        Some(match n {
            Node::Char(x) => *x == c || (self.flags & IGNORECASE != 0 && fold(*x) == fold(c)),
            Node::Any => c != '\n' || self.flags & DOTALL != 0,
            Node::Class(items, neg) => items.iter().any(|i| self.item_has(i, c)) != *neg,
            _ => return None,
        })
    }

    fn at_boundary(&self, pos: usize) -> bool {
        let before = pos > 0 && self.is_word(self.text[pos - 1]);
        let after = pos < self.text.len() && self.is_word(self.text[pos]);
        before != after
    }

    fn alt(&self, alt: &[Vec<Node>], pos: usize, caps: &mut Caps, k: Cont) -> bool {
        for branch in alt {
            if self.seq(branch, pos, caps, k) {
                return true;
            }
        }
        false
    }

    fn seq(&self, seq: &[Node], pos: usize, caps: &mut Caps, k: Cont) -> bool {
        let (first, rest) = match seq.split_first() {
            None => return k(pos, caps),
            Some(x) => x,
        };
        let t = self.text;
        match first {
            Node::LineStart => {
                let ok = pos == 0 || (self.flags & MULTILINE != 0 && t[pos - 1] == '\n');
                ok && self.seq(rest, pos, caps, k)
            }
            Node::LineEnd => {
                let n = t.len();
                let ok = pos == n
                    || (pos + 1 == n && t[pos] == '\n')
                    || (self.flags & MULTILINE != 0 && t[pos] == '\n');
                ok && self.seq(rest, pos, caps, k)
            }
            Node::TextStart => pos == 0 && self.seq(rest, pos, caps, k),
            Node::TextEnd => pos == t.len() && self.seq(rest, pos, caps, k),
            Node::WordBoundary(want) => self.at_boundary(pos) == *want && self.seq(rest, pos, caps, k),
            Node::Group(idx, alt) => self.alt(alt, pos, caps, &mut |e, caps: &mut Caps| {
                let last_slot = caps.len() - 1;
                let saved = idx.map(|i| (caps[i], caps[last_slot]));
                if let Some(i) = idx {
                    caps[*i] = Some((pos, e));
                    caps[last_slot] = Some((*i, *i));
                }
                if self.seq(rest, e, caps, k) {
                    return true;
                }
                if let (Some(i), Some((old, old_last))) = (idx, saved) {
                    caps[*i] = old;
                    caps[last_slot] = old_last;
                }
                false
            }),
            Node::Backref(i) => match caps.get(*i).copied().flatten() {
                None => false,
                Some((s, e)) => {
                    let len = e - s;
                    if pos + len > t.len() {
                        return false;
                    }
                    let same = (0..len).all(|j| {
                        let (a, b) = (t[s + j], t[pos + j]);
                        a == b || (self.flags & IGNORECASE != 0 && fold(a) == fold(b))
                    });
                    same && self.seq(rest, pos + len, caps, k)
                }
            },
            Node::Look(ahead, negate, alt) => {
                let mut trial = caps.clone();
                let found = if *ahead {
                    self.alt(alt, pos, &mut trial, &mut |_, _| true)
                } else {
                    (0..=pos).rev().any(|s| {
                        let mut c2 = caps.clone();
                        let ok = self.alt(alt, s, &mut c2, &mut |e, _| e == pos);
                        if ok {
                            trial = c2;
                        }
                        ok
                    })
                };
                if found == *negate {
                    return false;
                }
                if found {
                    let saved = caps.clone();
                    *caps = trial;
                    if self.seq(rest, pos, caps, k) {
                        return true;
                    }
                    *caps = saved;
                    return false;
                }
                self.seq(rest, pos, caps, k)
            }
            Node::Scoped(on, off, alt) => {
                let inner = Matcher { text: t, flags: (self.flags | on) & !off };
                inner.alt(alt, pos, caps, &mut |e, caps: &mut Caps| self.seq(rest, e, caps, k))
            }
            Node::Repeat(node, min, max, greedy) => self.repeat(node, *min, *max, *greedy, 0, pos, rest, caps, k),
            single => match t.get(pos) {
                Some(&c) if self.single(single, c) == Some(true) => self.seq(rest, pos + 1, caps, k),
                _ => false,
            },
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn repeat(
        &self,
        node: &Node,
        min: usize,
        max: Option<usize>,
        greedy: bool,
        count: usize,
        pos: usize,
        rest: &[Node],
        caps: &mut Caps,
        k: Cont,
    ) -> bool {
        let t = self.text;
        if matches!(node, Node::Char(_) | Node::Any | Node::Class(..)) {
            // A one-character node: count the run, then try lengths in order.
            let limit = max.unwrap_or(usize::MAX);
            let mut n = 0;
            while n < limit && pos + n < t.len() && self.single(node, t[pos + n]) == Some(true) {
                n += 1;
            }
            if n < min {
                return false;
            }
            if greedy {
                let mut c = n;
                loop {
                    if self.seq(rest, pos + c, caps, k) {
                        return true;
                    }
                    if c == min {
                        return false;
                    }
                    c -= 1;
                }
            }
            return (min..=n).any(|c| self.seq(rest, pos + c, caps, k));
        }
        let can_more = max.map_or(true, |m| count < m);
        let more = |caps: &mut Caps, k: Cont| {
            can_more
                && self.seq(std::slice::from_ref(node), pos, caps, &mut |e, caps: &mut Caps| {
                    if e == pos && count >= min {
                        return false;
                    }
                    self.repeat(node, min, max, greedy, count + 1, e, rest, caps, k)
                })
        };
        if greedy {
            if more(caps, k) {
                return true;
            }
            count >= min && self.seq(rest, pos, caps, k)
        } else {
            if count >= min && self.seq(rest, pos, caps, k) {
                return true;
            }
            more(caps, k)
        }
    }
}

/// `re.escape(s)`.
pub fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
