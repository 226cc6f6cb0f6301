//! The line-level half of `textwrap` (Lib/textwrap.py): `TextWrapper._wrap_chunks` and
//! `_handle_long_word`, `dedent`, `indent`.

use super::textwrap::Wrapper;
use crate::exc::{PyErr, PyResult};
use crate::str::is_space;
use crate::value::{Kwargs, Value};

fn len(s: &str) -> i64 {
    s.chars().count() as i64
}

/// `s.strip() == ''`.
fn blank(s: &str) -> bool {
    s.chars().all(is_space)
}

fn lstrip(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

fn rstrip(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// The first `n` characters of `s` and the rest.
fn split_at_char(s: &str, n: i64) -> (String, String) {
    let n = n.max(0) as usize;
    let head: String = s.chars().take(n).collect();
    let tail: String = s.chars().skip(n).collect();
    (head, tail)
}

/// `_handle_long_word`: `chunks` is reversed (its last item comes next).
fn handle_long_word(w: &Wrapper, chunks: &mut Vec<String>, cur_line: &mut Vec<String>, cur_len: i64, width: i64) {
    let space_left = if width < 1 { 1 } else { width - cur_len };
    if w.break_long_words {
        let mut end = space_left;
        let chunk = chunks.last().cloned().unwrap_or_default();
        if w.break_on_hyphens && len(&chunk) > space_left {
            // chunk.rfind('-', 0, space_left), then only with non-hyphens before it.
            let chars: Vec<char> = chunk.chars().collect();
            let limit = (space_left.max(0) as usize).min(chars.len());
            if let Some(h) = chars[..limit].iter().rposition(|c| *c == '-') {
                if h > 0 && chars[..h].iter().any(|c| *c != '-') {
                    end = h as i64 + 1;
                }
            }
        }
        let (head, tail) = split_at_char(&chunk, end);
        cur_line.push(head);
        if let Some(last) = chunks.last_mut() {
            *last = tail;
        }
    } else if cur_line.is_empty() {
        if let Some(c) = chunks.pop() {
            cur_line.push(c);
        }
    }
}

/// `_wrap_chunks(chunks)`: the lines.
pub fn wrap_chunks(w: &Wrapper, mut chunks: Vec<String>) -> PyResult<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    if w.width <= 0 {
        return Err(PyErr::value_error(format!("invalid width {} (must be > 0)", w.width)));
    }
    if let Some(max) = w.max_lines {
        let indent = if max > 1 { &w.subsequent_indent } else { &w.initial_indent };
        if len(indent) + len(lstrip(&w.placeholder)) > w.width {
            return Err(PyErr::value_error("placeholder too large for max width"));
        }
    }
    chunks.reverse();
    while !chunks.is_empty() {
        let mut cur_line: Vec<String> = Vec::new();
        let mut cur_len: i64 = 0;
        let indent = if lines.is_empty() { &w.initial_indent } else { &w.subsequent_indent };
        let width = w.width - len(indent);
        if w.drop_whitespace && chunks.last().map_or(false, |c| blank(c)) && !lines.is_empty() {
            chunks.pop();
        }
        while let Some(last) = chunks.last() {
            let l = len(last);
            if cur_len + l <= width {
                cur_line.push(chunks.pop().unwrap_or_default());
                cur_len += l;
            } else {
                break;
            }
        }
        if chunks.last().map_or(false, |c| len(c) > width) {
            handle_long_word(w, &mut chunks, &mut cur_line, cur_len, width);
            cur_len = cur_line.iter().map(|c| len(c)).sum();
        }
        if w.drop_whitespace && cur_line.last().map_or(false, |c| blank(c)) {
            cur_len -= len(cur_line.last().map(|s| s.as_str()).unwrap_or(""));
            cur_line.pop();
        }
        if cur_line.is_empty() {
            continue;
        }
        let fits = match w.max_lines {
            None => true,
            Some(max) => {
                (lines.len() as i64) + 1 < max
                    || (chunks.is_empty() || w.drop_whitespace && chunks.len() == 1 && blank(&chunks[0]))
                        && cur_len <= width
            }
        };
        if fits {
            lines.push(format!("{}{}", indent, cur_line.concat()));
            continue;
        }
        loop {
            match cur_line.last() {
                Some(last) => {
                    if !blank(last) && cur_len + len(&w.placeholder) <= width {
                        cur_line.push(w.placeholder.clone());
                        lines.push(format!("{}{}", indent, cur_line.concat()));
                        break;
                    }
                    cur_len -= len(last);
                    cur_line.pop();
                }
                None => {
                    if let Some(prev) = lines.last() {
                        let prev_line = rstrip(prev).to_string();
                        if len(&prev_line) + len(&w.placeholder) <= w.width {
                            let n = lines.len();
                            lines[n - 1] = prev_line + &w.placeholder;
                            break;
                        }
                    }
                    lines.push(format!("{}{}", indent, lstrip(&w.placeholder)));
                    break;
                }
            }
        }
        break;
    }
    Ok(lines)
}

fn space_or_tab(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// `dedent(text)`: whitespace-only lines emptied, then the longest common leading run of
/// spaces and tabs removed from every line (lines are split at `\n` only, as `re`'s `^`).
pub fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| if !l.is_empty() && l.chars().all(space_or_tab) { "" } else { l })
        .collect();
    let mut margin: Option<String> = None;
    for line in &lines {
        let indent: String = line.chars().take_while(|c| space_or_tab(*c)).collect();
        if indent.len() == line.len() {
            continue;
        }
        margin = Some(match margin {
            None => indent,
            Some(m) if indent.starts_with(&m) => m,
            Some(m) if m.starts_with(&indent) => indent,
            Some(m) => {
                let common = m.chars().zip(indent.chars()).take_while(|(x, y)| x == y).count();
                m.chars().take(common).collect()
            }
        });
    }
    let margin = margin.unwrap_or_default();
    let out: Vec<&str> = lines
        .iter()
        .map(|l| if !margin.is_empty() && l.starts_with(&margin) { &l[margin.len()..] } else { *l })
        .collect();
    out.join("\n")
}

/// `str.splitlines(keepends=True)`.
fn split_lines_keep(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let end = match c {
            '\r' => match it.peek() {
                Some((_, '\n')) => {
                    it.next();
                    i + 2
                }
                _ => i + 1,
            },
            '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}' => i + c.len_utf8(),
            _ => continue,
        };
        out.push(&text[start..end]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// `indent(text, prefix, predicate=None)`.
pub fn indent(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let mut next = |name: &str| args.next().or_else(|| super::args::take_kw(&mut kwargs, name));
    let text = next("text");
    let prefix = next("prefix");
    let predicate = next("predicate").unwrap_or(Value::None);
    super::args::no_more_kwargs("indent", &kwargs)?;
    let (text, prefix) = match (text, prefix) {
        (Some(Value::Str(t)), Some(Value::Str(p))) => (t, p),
        (Some(_), Some(Value::Str(_))) => return Err(PyErr::new("AttributeError", "object has no attribute 'splitlines'")),
        (Some(_), Some(p)) => {
            return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", p.type_name())))
        }
        _ => return Err(PyErr::type_error("indent() missing 2 required positional arguments: 'text' and 'prefix'")),
    };
    let mut out = String::new();
    for line in split_lines_keep(text.as_str()) {
        let chosen = match &predicate {
            Value::None => !blank(line),
            f => crate::value::ops::truthy(&crate::value::func::call(f, vec![Value::str(line)], vec![])?)?,
        };
        if chosen {
            out.push_str(prefix.as_str());
        }
        out.push_str(line);
    }
    Ok(Value::str(&out))
}
