//! argparse's usage text, ported from CPython 3.12's `HelpFormatter._format_usage` and
//! `_format_actions_usage` (mutually exclusive groups in brackets or parentheses, long usage
//! wrapped under the program name), and what `ArgumentParser.error` prints with it.

use super::argparse::is_suppress;
use super::argparse_help::{option_strings, s, Formatter};
use super::objs::list_state;
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::compare::is;
use crate::value::ops::truthy;
use crate::value::Value;

fn len(t: &str) -> usize {
    t.chars().count()
}

/// `_format_usage` for the parser's own actions and groups, with `prefix`.
pub fn format_usage_with(f: &Formatter, parser: &Value, prefix: &str) -> PyResult<String> {
    let actions = list_state(parser, "_actions")?.borrow().clone();
    let groups = list_state(parser, "_groups")?.borrow().clone();
    format_usage_of(f, &getattr(parser, "usage")?, &actions, &groups, prefix)
}

/// `_format_usage(usage, actions, groups, prefix)`.
pub fn format_usage_of(f: &Formatter, usage: &Value, actions: &[Value], groups: &[Value], prefix: &str) -> PyResult<String> {
    if is_suppress(usage) {
        return Ok(String::new());
    }
    let prog = f.prog.clone();
    let text = if !matches!(usage, Value::None) {
        let d = Value::dict(vec![(Value::str("prog"), Value::str(&prog))])?;
        s(&crate::value::ops::modulo(usage, &d)?)?
    } else if actions.is_empty() {
        prog
    } else {
        let mut optionals = Vec::new();
        let mut positionals = Vec::new();
        for a in actions {
            if option_strings(a)?.is_empty() {
                positionals.push(a.clone());
            } else {
                optionals.push(a.clone());
            }
        }
        let all: Vec<Value> = optionals.iter().chain(positionals.iter()).cloned().collect();
        let action_usage = actions_usage(f, &all, groups)?;
        let full = if action_usage.is_empty() { prog.clone() } else { format!("{} {}", prog, action_usage) };
        let text_width = (f.width - f.indent).max(0) as usize;
        if len(prefix) + len(&full) > text_width {
            wrap(&prog, prefix, &split_parts(&actions_usage(f, &optionals, groups)?), &split_parts(&actions_usage(f, &positionals, groups)?), text_width)
        } else {
            full
        }
    };
    Ok(format!("{}{}\n\n", prefix, text))
}

/// The lines of a usage too long for one, as CPython lays them out.
fn wrap(prog: &str, prefix: &str, opt_parts: &[String], pos_parts: &[String], text_width: usize) -> String {
    let get_lines = |parts: &[String], indent: &str, prefix: Option<&str>| -> Vec<String> {
        let mut lines = Vec::new();
        let mut line: Vec<String> = Vec::new();
        let indent_length = len(indent) as i64;
        let mut line_len = match prefix {
            Some(p) => len(p) as i64 - 1,
            None => indent_length - 1,
        };
        for part in parts {
            if line_len + 1 + len(part) as i64 > text_width as i64 && !line.is_empty() {
                lines.push(format!("{}{}", indent, line.join(" ")));
                line.clear();
                line_len = indent_length - 1;
            }
            line.push(part.clone());
            line_len += len(part) as i64 + 1;
        }
        if !line.is_empty() {
            lines.push(format!("{}{}", indent, line.join(" ")));
        }
        if prefix.is_some() && !lines.is_empty() {
            lines[0] = lines[0].chars().skip(indent_length as usize).collect();
        }
        lines
    };
    let lines: Vec<String> = if (len(prefix) + len(prog)) as f64 <= 0.75 * text_width as f64 {
        let indent = " ".repeat(len(prefix) + len(prog) + 1);
        let with_prog = |parts: &[String]| -> Vec<String> { std::iter::once(prog.to_string()).chain(parts.iter().cloned()).collect() };
        if !opt_parts.is_empty() {
            let mut l = get_lines(&with_prog(opt_parts), &indent, Some(prefix));
            l.extend(get_lines(pos_parts, &indent, None));
            l
        } else if !pos_parts.is_empty() {
            get_lines(&with_prog(pos_parts), &indent, Some(prefix))
        } else {
            vec![prog.to_string()]
        }
    } else {
        let indent = " ".repeat(len(prefix));
        let parts: Vec<String> = opt_parts.iter().chain(pos_parts.iter()).cloned().collect();
        let mut lines = get_lines(&parts, &indent, None);
        if lines.len() > 1 {
            lines = get_lines(opt_parts, &indent, None);
            lines.extend(get_lines(pos_parts, &indent, None));
        }
        std::iter::once(prog.to_string()).chain(lines).collect()
    };
    lines.join("\n")
}

/// `re.findall(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+', text)`.
fn split_parts(text: &str) -> Vec<String> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if c[i].is_whitespace() {
            i += 1;
            continue;
        }
        let end = bracketed(&c, i).unwrap_or_else(|| {
            let mut j = i;
            while j < c.len() && !c[j].is_whitespace() {
                j += 1;
            }
            j
        });
        out.push(c[i..end].iter().collect());
        i = end;
    }
    out
}

/// Where `\(.*?\)+(?=\s|$)` (or its `[`…`]` twin) matching at `i` ends, if it matches.
fn bracketed(c: &[char], i: usize) -> Option<usize> {
    let close = match c[i] {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    let mut k = i + 1;
    while k < c.len() && c[k] != '\n' {
        if c[k] == close {
            let mut m = k;
            while m < c.len() && c[m] == close {
                m += 1;
            }
            if m == c.len() || c[m].is_whitespace() {
                return Some(m);
            }
        }
        k += 1;
    }
    None
}

/// `_format_actions_usage`.
fn actions_usage(f: &Formatter, actions: &[Value], groups: &[Value]) -> PyResult<String> {
    let mut in_group: Vec<Value> = Vec::new();
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let put = |inserts: &mut Vec<(usize, String)>, at: usize, text: &str, joined: &str| match inserts.iter_mut().find(|(k, _)| *k == at) {
        Some((_, v)) => v.push_str(joined),
        None => inserts.push((at, text.to_string())),
    };
    for g in groups {
        let members = list_state(g, "_group_actions")?.borrow().clone();
        if members.is_empty() {
            return Err(PyErr::value_error("empty group of mutually exclusive arguments"));
        }
        let start = match actions.iter().position(|a| is(a, &members[0])) {
            Some(p) => p,
            None => continue,
        };
        let end = start + members.len();
        if end > actions.len() || !actions[start..end].iter().zip(members.iter()).all(|(a, b)| is(a, b)) {
            continue;
        }
        let mut suppressed = 0;
        for a in &members {
            in_group.push(a.clone());
            if is_suppress(&getattr(a, "help")?) {
                suppressed += 1;
            }
        }
        let exposed = members.len() - suppressed;
        if !truthy(&getattr(g, "required")?)? {
            put(&mut inserts, start, "[", " [");
            put(&mut inserts, end, "]", "]");
        } else if exposed > 1 {
            put(&mut inserts, start, "(", " (");
            put(&mut inserts, end, ")", ")");
        }
        for i in start + 1..end {
            match inserts.iter_mut().find(|(k, _)| *k == i) {
                Some((_, v)) => *v = "|".to_string(),
                None => inserts.push((i, "|".to_string())),
            }
        }
    }
    let mut parts: Vec<Option<String>> = Vec::new();
    for (i, a) in actions.iter().enumerate() {
        let grouped = in_group.iter().any(|g| is(g, a));
        if is_suppress(&getattr(a, "help")?) {
            parts.push(None);
            if let Some(p) = inserts.iter().position(|(k, v)| *k == i && v == "|") {
                inserts.remove(p);
            } else if let Some(p) = inserts.iter().position(|(k, v)| *k == i + 1 && v == "|") {
                inserts.remove(p);
            }
            continue;
        }
        let opts = option_strings(a)?;
        if opts.is_empty() {
            let mut part = f.format_args(a, true)?;
            if grouped && part.starts_with('[') && part.ends_with(']') {
                part = part[1..part.len() - 1].to_string();
            }
            parts.push(Some(part));
        } else {
            let mut part = if super::argparse::nargs_code(&getattr(a, "nargs")?)? == "0" {
                if s(&getattr(a, "__kind__")?)? == "boolean_optional" { opts.join(" | ") } else { opts[0].clone() }
            } else {
                format!("{} {}", opts[0], f.format_args(a, false)?)
            };
            if !truthy(&getattr(a, "required")?)? && !grouped {
                part = format!("[{}]", part);
            }
            parts.push(Some(part));
        }
    }
    inserts.sort_by(|a, b| b.0.cmp(&a.0));
    for (i, text) in inserts {
        let at = i.min(parts.len());
        parts.insert(at, Some(text));
    }
    let text = parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
    Ok(clean_separators(&text).trim_matches(crate::str::is_space).to_string())
}

fn is_open(c: char) -> bool {
    c == '[' || c == '('
}

fn is_close(c: char) -> bool {
    c == ']' || c == ')'
}

/// The three `re.sub` calls that tidy group brackets: no space after an opening bracket, none
/// before a closing one, and empty pairs removed.
fn clean_separators(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut a = Vec::new();
    let mut i = 0;
    while i < c.len() {
        a.push(c[i]);
        if is_open(c[i]) && c.get(i + 1) == Some(&' ') {
            i += 1;
        }
        i += 1;
    }
    let mut b = Vec::new();
    for (i, ch) in a.iter().enumerate() {
        if *ch == ' ' && a.get(i + 1).map_or(false, |n| is_close(*n)) {
            continue;
        }
        b.push(*ch);
    }
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if is_open(b[i]) {
            let mut j = i + 1;
            while j < b.len() && b[j] == ' ' {
                j += 1;
            }
            if j < b.len() && is_close(b[j]) {
                i = j + 1;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// `print_usage(file)` / `print_help(file)`: the text written to `file`, or to `sys.stdout`.
pub fn print_to(file: Option<Value>, default: &str, text: &str) -> PyResult<()> {
    if text.is_empty() {
        return Ok(());
    }
    let file = match file {
        None | Some(Value::None) => getattr(&super::import_module("sys")?, default)?,
        Some(f) => f,
    };
    crate::value::func::call_method(&file, "write", vec![Value::str(text)], vec![])?;
    Ok(())
}

pub fn format_usage(parser: &Value) -> PyResult<String> {
    let f = Formatter::new(parser)?;
    Ok(super::argparse_help::finish(&format_usage_with(&f, parser, "usage: ")?))
}

/// `SystemExit(status)`.
pub fn system_exit(status: i64) -> PyErr {
    crate::value::exception::error_of(crate::value::exception::exception_instance(
        &crate::value::exception::exception_class("SystemExit").expect("SystemExit exists"),
        vec![Value::int(status)],
    ))
}

/// `parser.error(message)`: the usage and `prog: error: message` on stderr, then exit 2.
pub fn exit_with_error(parser: &Value, message: &str) -> PyErr {
    let run = || -> PyResult<()> {
        print_to(None, "stderr", &format_usage(parser)?)?;
        let prog = s(&getattr(parser, "prog")?)?;
        print_to(None, "stderr", &format!("{}: error: {}\n", prog, message))
    };
    match run() {
        Ok(()) => system_exit(2),
        Err(e) => e,
    }
}
