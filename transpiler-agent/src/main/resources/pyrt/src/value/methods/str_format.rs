//! `str.format` and `str.format_map`, following CPython 3.12's
//! `Objects/stringlib/unicode_format.h` (MarkupIterator, parse_field, field_name_split,
//! auto-numbering, nested specs two levels deep) with its error messages.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::{attr, ops, text, Kwargs, Value};

enum Lookup<'a> {
    Args { positional: &'a [Value], kwargs: &'a Kwargs },
    Map(&'a Value),
}

#[derive(PartialEq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

struct Formatter<'a> {
    lookup: Lookup<'a>,
    numbering: Numbering,
}

pub fn format(s: &Str, positional: &[Value], kwargs: &Kwargs) -> PyResult<Value> {
    let mut f = Formatter { lookup: Lookup::Args { positional, kwargs }, numbering: Numbering::Unknown };
    let chars: Vec<char> = s.as_str().chars().collect();
    Ok(Value::str(&f.render(&chars, 2)?))
}

pub fn format_map(s: &Str, mapping: &Value) -> PyResult<Value> {
    let mut f = Formatter { lookup: Lookup::Map(mapping), numbering: Numbering::Unknown };
    let chars: Vec<char> = s.as_str().chars().collect();
    Ok(Value::str(&f.render(&chars, 2)?))
}

fn verr(msg: &str) -> PyErr {
    PyErr::value_error(msg)
}

/// A replacement field as `parse_field` splits it.
struct Field {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_needs_expanding: bool,
}

/// `parse_field` on `s[*pos..]` (just after the opening brace); leaves `*pos` after the field.
fn parse_field(s: &[char], pos: &mut usize) -> PyResult<Field> {
    let start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(verr("unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let mut field = Field { name: Vec::new(), conversion: None, spec: Vec::new(), spec_needs_expanding: false };
    if c == '!' || c == ':' {
        field.name = s[start..*pos - 1].to_vec();
        if c == '!' {
            if *pos >= s.len() {
                return Err(verr("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < s.len() {
                let next = s[*pos];
                *pos += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(verr("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < s.len() {
            let ch = s[*pos];
            *pos += 1;
            if ch == '{' {
                field.spec_needs_expanding = true;
                count += 1;
            } else if ch == '}' {
                count -= 1;
                if count == 0 {
                    field.spec = s[spec_start..*pos - 1].to_vec();
                    return Ok(field);
                }
            }
        }
        return Err(verr("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(verr("expected '}' before end of string"));
    }
    field.name = s[start..*pos - 1].to_vec();
    Ok(field)
}

fn as_index(part: &[char]) -> Option<usize> {
    if part.is_empty() || !part.iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    part.iter().collect::<String>().parse().ok()
}

impl<'a> Formatter<'a> {
    fn render(&mut self, s: &[char], depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(verr("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut pos = 0;
        while pos < s.len() {
            let c = s[pos];
            pos += 1;
            if c != '{' && c != '}' {
                out.push(c);
                continue;
            }
            let at_end = pos >= s.len();
            if c == '}' && (at_end || s[pos] != '}') {
                return Err(verr("Single '}' encountered in format string"));
            }
            if at_end && c == '{' {
                return Err(verr("Single '{' encountered in format string"));
            }
            if s[pos] == c {
                out.push(c);
                pos += 1;
                continue;
            }
            let field = parse_field(s, &mut pos)?;
            self.render_field(&field, depth, &mut out)?;
        }
        Ok(out)
    }

    fn render_field(&mut self, field: &Field, depth: i32, out: &mut String) -> PyResult<()> {
        let obj = self.resolve(&field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => Value::Str(text::repr_of(&obj)?),
            Some('s') => Value::Str(text::str_of(&obj)?),
            Some('a') => Value::str(&crate::value::builtins::convert_ascii(&obj)?),
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(verr(&format!("Unknown conversion specifier {}", c)))
            }
            Some(c) => return Err(verr(&format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
        let spec = if field.spec_needs_expanding {
            self.render(&field.spec, depth - 1)?
        } else {
            field.spec.iter().collect()
        };
        out.push_str(text::format_value(&obj, &spec)?.as_str());
        Ok(())
    }

    /// `field_name_split` plus `get_field_object` and the `.attr` / `[key]` chain.
    fn resolve(&mut self, name: &[char]) -> PyResult<Value> {
        let first_end = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
        let first = &name[..first_end];
        let mut obj = if first.is_empty() {
            let i = match self.numbering {
                Numbering::Manual => {
                    return Err(verr("cannot switch from manual field specification to automatic field numbering"))
                }
                Numbering::Unknown => 0,
                Numbering::Auto(n) => n,
            };
            self.numbering = Numbering::Auto(i + 1);
            self.positional(i)?
        } else if let Some(i) = as_index(first) {
            if let Numbering::Auto(_) = self.numbering {
                return Err(verr("cannot switch from automatic field numbering to manual field specification"));
            }
            self.numbering = Numbering::Manual;
            self.positional(i)?
        } else {
            self.keyword(&first.iter().collect::<String>())?
        };
        let mut pos = first_end;
        while pos < name.len() {
            let c = name[pos];
            pos += 1;
            if c == '.' {
                let start = pos;
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                if pos == start {
                    return Err(verr("Empty attribute in format string"));
                }
                let a: String = name[start..pos].iter().collect();
                obj = attr::getattr(&obj, &a)?;
            } else if c == '[' {
                let start = pos;
                while pos < name.len() && name[pos] != ']' {
                    pos += 1;
                }
                if pos >= name.len() {
                    return Err(verr("Missing ']' in format string"));
                }
                if pos == start {
                    return Err(verr("Empty attribute in format string"));
                }
                let key = &name[start..pos];
                pos += 1;
                if pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    return Err(verr("Only '.' or '[' may follow ']' in format field specifier"));
                }
                let k = match as_index(key) {
                    Some(i) => Value::int(i as i64),
                    None => Value::str(&key.iter().collect::<String>()),
                };
                obj = ops::getitem(&obj, &k)?;
            } else {
                return Err(verr("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(obj)
    }

    fn positional(&self, i: usize) -> PyResult<Value> {
        match &self.lookup {
            Lookup::Args { positional, .. } => positional.get(i).cloned().ok_or_else(|| {
                PyErr::index_error(format!("Replacement index {} out of range for positional args tuple", i))
            }),
            Lookup::Map(_) => Err(verr("Format string contains positional fields")),
        }
    }

    fn keyword(&self, name: &str) -> PyResult<Value> {
        match &self.lookup {
            Lookup::Args { kwargs, .. } => match kwargs.iter().find(|(k, _)| k.as_str() == name) {
                Some((_, v)) => Ok(v.clone()),
                None => Err(super::dict_methods::key_error(&Value::str(name))),
            },
            Lookup::Map(m) => ops::getitem(m, &Value::str(name)),
        }
    }
}
