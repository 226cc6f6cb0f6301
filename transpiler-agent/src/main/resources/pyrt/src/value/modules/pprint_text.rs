//! `PrettyPrinter._pprint_str` and `_pprint_bytes`: a long string is split at whitespace
//! (`re.findall(r'\S*\s*', line)`) and a long bytes object every four bytes, into adjacent
//! literals that each fit the width, inside parentheses at the top level.

use super::pprint_fmt::Printer;
use crate::exc::PyResult;
use crate::value::func::call_method;
use crate::value::iterate::collect;
use crate::value::text::{repr_of, str_of};
use crate::value::Value;

fn width_of(s: &str) -> i64 {
    s.chars().count() as i64
}

impl Printer {
    pub(super) fn pprint_str(&mut self, v: &Value, out: &mut String, indent: i64, allowance: i64, level: i64) -> PyResult<()> {
        let s = str_of(v)?.to_string();
        if s.is_empty() {
            out.push_str(repr_of(v)?.as_str());
            return Ok(());
        }
        let lines = split_lines_keep(&s);
        let (indent, allowance) = if level == 1 { (indent + 1, allowance + 1) } else { (indent, allowance) };
        let max_width = self.width - indent;
        let mut max_width1 = max_width;
        let mut chunks: Vec<String> = Vec::new();
        let n = lines.len();
        for (i, line) in lines.iter().enumerate() {
            let rep = repr_str(line)?;
            if i == n - 1 {
                max_width1 -= allowance;
            }
            if width_of(&rep) <= max_width1 {
                chunks.push(rep);
                continue;
            }
            let parts = word_parts(line);
            let mut max_width2 = max_width;
            let mut current = String::new();
            for (j, part) in parts.iter().enumerate() {
                let candidate = format!("{}{}", current, part);
                if j == parts.len() - 1 && i == n - 1 {
                    max_width2 -= allowance;
                }
                if width_of(&repr_str(&candidate)?) > max_width2 {
                    if !current.is_empty() {
                        chunks.push(repr_str(&current)?);
                    }
                    current = part.clone();
                } else {
                    current = candidate;
                }
            }
            if !current.is_empty() {
                chunks.push(repr_str(&current)?);
            }
        }
        if chunks.len() == 1 {
            out.push_str(&chunks[0]);
            return Ok(());
        }
        if level == 1 {
            out.push('(');
        }
        for (i, rep) in chunks.iter().enumerate() {
            if i > 0 {
                out.push('\n');
                out.push_str(&" ".repeat(indent as usize));
            }
            out.push_str(rep);
        }
        if level == 1 {
            out.push(')');
        }
        Ok(())
    }

    pub(super) fn pprint_bytes(&mut self, v: &Value, out: &mut String, indent: i64, allowance: i64, level: i64) -> PyResult<()> {
        let bytes = match v {
            Value::Bytes(b) => b.clone(),
            _ => return Ok(()),
        };
        if bytes.len() <= 4 {
            out.push_str(repr_of(v)?.as_str());
            return Ok(());
        }
        let parens = level == 1;
        let (indent, allowance) = if parens { (indent + 1, allowance + 1) } else { (indent, allowance) };
        if parens {
            out.push('(');
        }
        let mut width = self.width - indent;
        let last = bytes.len() / 4 * 4;
        let mut reps = Vec::new();
        let mut current: Vec<u8> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let part = &bytes[i..(i + 4).min(bytes.len())];
            let mut candidate = current.clone();
            candidate.extend_from_slice(part);
            if i == last {
                width -= allowance;
            }
            if width_of(&bytes_repr(&candidate)) > width {
                if !current.is_empty() {
                    reps.push(bytes_repr(&current));
                }
                current = part.to_vec();
            } else {
                current = candidate;
            }
            i += 4;
        }
        if !current.is_empty() {
            reps.push(bytes_repr(&current));
        }
        for (k, rep) in reps.iter().enumerate() {
            if k > 0 {
                out.push('\n');
                out.push_str(&" ".repeat(indent as usize));
            }
            out.push_str(rep);
        }
        if parens {
            out.push(')');
        }
        Ok(())
    }
}

fn repr_str(s: &str) -> PyResult<String> {
    Ok(repr_of(&Value::str(s))?.to_string())
}

fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::new();
    crate::value::text::write_bytes_repr(b, &mut out);
    out
}

/// `str.splitlines(True)`.
fn split_lines_keep(s: &str) -> Vec<String> {
    match call_method(&Value::str(s), "splitlines", vec![Value::TRUE], vec![]).and_then(|v| collect(&v)) {
        Ok(items) => items.iter().map(|x| str_of(x).map(|s| s.to_string()).unwrap_or_default()).collect(),
        Err(_) => vec![s.to_string()],
    }
}

/// `re.findall(r'\S*\s*', line)` without its final empty match: runs of non-space, each with
/// the whitespace after it.
fn word_parts(line: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut in_space = false;
    for c in line.chars() {
        let space = crate::str::is_space(c);
        if !space && in_space {
            parts.push(std::mem::take(&mut cur));
            in_space = false;
        }
        if space {
            in_space = true;
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}
