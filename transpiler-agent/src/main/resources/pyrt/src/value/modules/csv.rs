//! `csv`, as CPython 3.12 behaves (Modules/_csv.c and Lib/csv.py): dialects (by name,
//! class or keyword arguments, validated with `_csv`'s messages), the reader's state machine,
//! `line_num`, the dialect registry and `field_size_limit`. The writer and the `Dict*`
//! classes are in csv_write.rs and csv_dict.rs.

use super::args::{func, func_kw, module};
use super::objs::{instance, method, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::class::{cached_class, new_class};
use crate::value::ops::truthy;
use crate::value::text::str_of;
use crate::value::{Class, Kwargs, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub const QUOTE_MINIMAL: i64 = 0;
pub const QUOTE_ALL: i64 = 1;
pub const QUOTE_NONNUMERIC: i64 = 2;
pub const QUOTE_NONE: i64 = 3;
pub const QUOTE_STRINGS: i64 = 4;
pub const QUOTE_NOTNULL: i64 = 5;

/// A dialect's parameters (`_csv.Dialect`).
#[derive(Clone)]
pub struct Dialect {
    pub delimiter: char,
    pub quotechar: Option<char>,
    pub escapechar: Option<char>,
    pub doublequote: bool,
    pub skipinitialspace: bool,
    pub lineterminator: String,
    pub quoting: i64,
    pub strict: bool,
}

impl Dialect {
    fn excel() -> Dialect {
        Dialect {
            delimiter: ',',
            quotechar: Some('"'),
            escapechar: None,
            doublequote: true,
            skipinitialspace: false,
            lineterminator: "\r\n".to_string(),
            quoting: QUOTE_MINIMAL,
            strict: false,
        }
    }
}

thread_local! {
    static REGISTRY: RefCell<Vec<(String, Value)>> = RefCell::new(Vec::new());
    static FIELD_LIMIT: Cell<i64> = Cell::new(128 * 1024);
}

/// `csv.Error` (`_csv.Error`, an `Exception`).
pub fn error_class() -> Rc<Class> {
    cached_class("exception:_csv.Error", || {
        let base = crate::value::exception::exception_class("Exception").expect("Exception exists");
        new_class("Error", "Error", "_csv", vec![base], None).expect("single base")
    })
}

pub fn error(msg: impl Into<String>) -> PyErr {
    let v = crate::value::exception::exception_instance(&error_class(), vec![Value::str(&msg.into())]);
    crate::value::exception::error_of(v)
}

const FIELDS: &[&str] =
    &["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

/// The `_csv.Dialect` value of `d`.
fn dialect_value(d: &Dialect) -> Value {
    let cls = runtime_class("_csv", "Dialect", vec![], Vec::new);
    let ch = |c: Option<char>| c.map_or(Value::None, |c| Value::str(&c.to_string()));
    instance(
        &cls,
        vec![
            ("delimiter", Value::str(&d.delimiter.to_string())),
            ("doublequote", Value::Bool(d.doublequote)),
            ("escapechar", ch(d.escapechar)),
            ("lineterminator", Value::str(&d.lineterminator)),
            ("quotechar", ch(d.quotechar)),
            ("quoting", Value::int(d.quoting)),
            ("skipinitialspace", Value::Bool(d.skipinitialspace)),
            ("strict", Value::Bool(d.strict)),
        ],
    )
}

/// The parameters of a `_csv.Dialect` value made by [`dialect_value`].
pub fn dialect_of(v: &Value) -> PyResult<Dialect> {
    let ch = |name: &str| -> PyResult<Option<char>> {
        Ok(match state(v, name)? {
            Value::Str(s) => s.as_str().chars().next(),
            _ => None,
        })
    };
    Ok(Dialect {
        delimiter: ch("delimiter")?.unwrap_or(','),
        quotechar: ch("quotechar")?,
        escapechar: ch("escapechar")?,
        doublequote: matches!(state(v, "doublequote")?, Value::Bool(true)),
        skipinitialspace: matches!(state(v, "skipinitialspace")?, Value::Bool(true)),
        lineterminator: str_of(&state(v, "lineterminator")?)?.as_str().to_string(),
        quoting: match state(v, "quoting")? {
            Value::Int(i) => i.to_i64().unwrap_or(0),
            _ => 0,
        },
        strict: matches!(state(v, "strict")?, Value::Bool(true)),
    })
}

fn is_dialect_value(v: &Value) -> bool {
    super::objs::is_a(v, "_csv", "Dialect")
}

/// `_set_char` / `_set_char_or_none`: a 1-character string (or `None` where allowed).
fn set_char(name: &str, v: Option<&Value>, dflt: Option<char>, allow_none: bool) -> PyResult<Option<char>> {
    match v {
        None => Ok(dflt),
        Some(Value::None) if allow_none => Ok(None),
        Some(Value::Str(s)) => {
            let mut it = s.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Some(c)),
                _ => Err(PyErr::type_error(format!("\"{}\" must be a 1-character string", name))),
            }
        }
        Some(other) => Err(PyErr::type_error(format!(
            "\"{}\" must be string{}, not {}",
            name,
            if allow_none { " or None" } else { "" },
            other.type_name()
        ))),
    }
}

fn set_bool(v: Option<&Value>, dflt: bool) -> PyResult<bool> {
    match v {
        None => Ok(dflt),
        Some(v) => truthy(v),
    }
}

/// `_csv.Dialect(dialect, **fmtparams)`: a registered name, a dialect class or object, then
/// the keyword arguments over it, validated in CPython's order.
pub fn make_dialect(dialect: Option<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut given: Vec<(&str, Option<Value>)> = FIELDS.iter().map(|f| (*f, super::args::take_kw(&mut kwargs, f))).collect();
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str())));
    }
    let base = match dialect {
        Some(Value::Str(name)) => Some(lookup(name.as_str())?),
        other => other,
    };
    if let Some(b) = &base {
        if is_dialect_value(b) && given.iter().all(|(_, v)| v.is_none()) {
            return Ok(b.clone());
        }
    }
    if let Some(b) = &base {
        for (name, slot) in given.iter_mut() {
            if slot.is_none() {
                *slot = getattr(b, name).ok();
            }
        }
    }
    let get = |name: &str| given.iter().find(|(n, _)| *n == name).and_then(|(_, v)| v.as_ref());
    let quoting_given = get("quoting").is_some();
    let delimiter = set_char("delimiter", get("delimiter"), Some(','), false)?;
    let doublequote = set_bool(get("doublequote"), true)?;
    let escapechar = set_char("escapechar", get("escapechar"), None, true)?;
    let lineterminator = match get("lineterminator") {
        None => Some("\r\n".to_string()),
        Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(_) => return Err(PyErr::type_error("\"lineterminator\" must be a string")),
    };
    let quotechar_v = get("quotechar");
    let quotechar = set_char("quotechar", quotechar_v, Some('"'), true)?;
    let mut quoting = match get("quoting") {
        None => QUOTE_MINIMAL,
        Some(Value::Int(i)) => i.to_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))?,
        Some(_) => return Err(PyErr::type_error("\"quoting\" must be an integer")),
    };
    let skipinitialspace = set_bool(get("skipinitialspace"), false)?;
    let strict = set_bool(get("strict"), false)?;
    if !(QUOTE_MINIMAL..=QUOTE_NOTNULL).contains(&quoting) {
        return Err(PyErr::type_error("bad \"quoting\" value"));
    }
    let delimiter = delimiter.ok_or_else(|| PyErr::type_error("\"delimiter\" must be a 1-character string"))?;
    if matches!(quotechar_v, Some(Value::None)) && !quoting_given {
        quoting = QUOTE_NONE;
    }
    if quoting != QUOTE_NONE && quotechar.is_none() {
        return Err(PyErr::type_error("quotechar must be set if quoting enabled"));
    }
    let lineterminator = lineterminator.ok_or_else(|| PyErr::type_error("lineterminator must be set"))?;
    Ok(dialect_value(&Dialect {
        delimiter,
        quotechar,
        escapechar,
        doublequote,
        skipinitialspace,
        lineterminator,
        quoting,
        strict,
    }))
}

fn registry_init() {
    REGISTRY.with(|r| {
        if r.borrow().is_empty() {
            let excel = Dialect::excel();
            let tab = Dialect { delimiter: '\t', ..Dialect::excel() };
            let unix = Dialect { lineterminator: "\n".to_string(), quoting: QUOTE_ALL, ..Dialect::excel() };
            let mut r = r.borrow_mut();
            r.push(("excel".to_string(), dialect_value(&excel)));
            r.push(("excel-tab".to_string(), dialect_value(&tab)));
            r.push(("unix".to_string(), dialect_value(&unix)));
        }
    });
}

/// The registered dialect `name` (`csv.Error: unknown dialect`).
fn lookup(name: &str) -> PyResult<Value> {
    registry_init();
    REGISTRY
        .with(|r| r.borrow().iter().find(|(n, _)| n == name).map(|(_, d)| d.clone()))
        .ok_or_else(|| error("unknown dialect"))
}

/// The positional `(source, dialect=None)` of `reader`/`writer`.
fn source_and_dialect(name: &str, args: Vec<Value>, kwargs: &mut Kwargs) -> PyResult<(Value, Option<Value>)> {
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "{} expected at {} 1 argument{}, got {}",
            name,
            if args.is_empty() { "least" } else { "most" },
            if args.is_empty() { "" } else { "s" },
            args.len()
        )));
    }
    let mut it = args.into_iter();
    let src = it.next().unwrap_or(Value::None);
    let dialect = it.next().or_else(|| super::args::take_kw(kwargs, "dialect"));
    Ok((src, dialect))
}

fn reader_class() -> Rc<Class> {
    runtime_class("_csv", "reader", vec![], || {
        vec![method("__iter__", |this, _, _| Ok(this.clone())), method("__next__", |this, _, _| next_row(this))]
    })
}

/// `csv.reader(iterable, dialect='excel', **fmtparams)`.
pub fn reader(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let (src, dialect) = source_and_dialect("reader", args, &mut kwargs)?;
    let it = crate::value::iterate::iter_value(&src)?;
    let dialect = make_dialect(dialect, kwargs)?;
    Ok(instance(&reader_class(), vec![("__it__", it), ("dialect", dialect), ("line_num", Value::int(0))]))
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

struct Parser {
    d: Dialect,
    state: State,
    field: String,
    field_len: i64,
    /// The field began with an ordinary character under `QUOTE_NONNUMERIC`: it becomes a float.
    numeric: bool,
    fields: Vec<Value>,
}

impl Parser {
    fn save(&mut self) -> PyResult<()> {
        let text = std::mem::take(&mut self.field);
        let numeric = self.numeric;
        self.numeric = false;
        self.field_len = 0;
        self.fields.push(if numeric { Value::Float(crate::float::parse_float(&text)?) } else { Value::str(&text) });
        Ok(())
    }

    fn add(&mut self, c: char) -> PyResult<()> {
        let limit = FIELD_LIMIT.with(|l| l.get());
        if self.field_len >= limit {
            return Err(error(format!("field larger than field limit ({})", limit)));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    fn is_quote(&self, c: Option<char>) -> bool {
        c.is_some() && c == self.d.quotechar && self.d.quoting != QUOTE_NONE
    }

    fn end_of_line(&mut self, c: Option<char>) -> PyResult<()> {
        self.save()?;
        self.state = if c.is_none() { State::StartRecord } else { State::EatCrnl };
        Ok(())
    }

    /// One character of a line, `None` for the end of the line (`EOL` in _csv.c).
    fn process(&mut self, c: Option<char>) -> PyResult<()> {
        let d = self.d.clone();
        let newline = c == Some('\n') || c == Some('\r');
        let is_esc = c.is_some() && c == d.escapechar;
        let is_delim = c == Some(d.delimiter);
        match self.state {
            State::StartRecord => {
                if c.is_none() {
                    return Ok(());
                }
                if newline {
                    self.state = State::EatCrnl;
                    return Ok(());
                }
                self.state = State::StartField;
                self.start_field(c, newline, is_esc, is_delim)
            }
            State::StartField => self.start_field(c, newline, is_esc, is_delim),
            State::EscapedChar => {
                if newline {
                    self.add(c.unwrap_or('\n'))?;
                    self.state = State::AfterEscapedCrnl;
                    return Ok(());
                }
                self.add(c.unwrap_or('\n'))?;
                self.state = State::InField;
                Ok(())
            }
            State::AfterEscapedCrnl if c.is_none() => Ok(()),
            State::AfterEscapedCrnl | State::InField => {
                if newline || c.is_none() {
                    self.end_of_line(c)
                } else if is_esc {
                    self.state = State::EscapedChar;
                    Ok(())
                } else if is_delim {
                    self.save()?;
                    self.state = State::StartField;
                    Ok(())
                } else {
                    self.add(c.unwrap_or('\n'))
                }
            }
            State::InQuotedField => {
                match c {
                    None => {}
                    Some(_) if is_esc => self.state = State::EscapeInQuotedField,
                    Some(_) if self.is_quote(c) => {
                        self.state = if d.doublequote { State::QuoteInQuotedField } else { State::InField };
                    }
                    Some(ch) => self.add(ch)?,
                }
                Ok(())
            }
            State::EscapeInQuotedField => {
                self.add(c.unwrap_or('\n'))?;
                self.state = State::InQuotedField;
                Ok(())
            }
            State::QuoteInQuotedField => {
                if self.is_quote(c) {
                    self.add(c.unwrap_or('"'))?;
                    self.state = State::InQuotedField;
                    Ok(())
                } else if is_delim {
                    self.save()?;
                    self.state = State::StartField;
                    Ok(())
                } else if newline || c.is_none() {
                    self.end_of_line(c)
                } else if !d.strict {
                    self.add(c.unwrap_or(' '))?;
                    self.state = State::InField;
                    Ok(())
                } else {
                    Err(error(format!("'{}' expected after '{}'", d.delimiter, d.quotechar.unwrap_or('"'))))
                }
            }
            State::EatCrnl => {
                if newline {
                    Ok(())
                } else if c.is_none() {
                    self.state = State::StartRecord;
                    Ok(())
                } else {
                    Err(error(
                        "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
                    ))
                }
            }
        }
    }

    fn start_field(&mut self, c: Option<char>, newline: bool, is_esc: bool, is_delim: bool) -> PyResult<()> {
        if newline || c.is_none() {
            self.end_of_line(c)
        } else if self.is_quote(c) {
            self.state = State::InQuotedField;
            Ok(())
        } else if is_esc {
            self.state = State::EscapedChar;
            Ok(())
        } else if c == Some(' ') && self.d.skipinitialspace {
            Ok(())
        } else if is_delim {
            self.save()
        } else {
            self.numeric = self.d.quoting == QUOTE_NONNUMERIC;
            self.add(c.unwrap_or(' '))?;
            self.state = State::InField;
            Ok(())
        }
    }
}

fn next_row(this: &Value) -> PyResult<Value> {
    let it = state(this, "__it__")?;
    let d = dialect_of(&state(this, "dialect")?)?;
    let mut p = Parser { d, state: State::StartRecord, field: String::new(), field_len: 0, numeric: false, fields: Vec::new() };
    let mut line_num = match state(this, "line_num")? {
        Value::Int(i) => i.to_i64().unwrap_or(0),
        _ => 0,
    };
    loop {
        let line = match crate::value::iterate::next_or(&it, None) {
            Ok(v) => v,
            Err(e) if crate::value::iterate::is_stop_iteration(&e) => {
                if p.field_len != 0 || p.state == State::InQuotedField {
                    if p.d.strict {
                        return Err(error("unexpected end of data"));
                    }
                    p.save()?;
                    break;
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        };
        let line = match line {
            Value::Str(s) => s,
            other => {
                return Err(error(format!(
                    "iterator should return strings, not {} (the file should be opened in text mode)",
                    other.type_name()
                )))
            }
        };
        line_num += 1;
        set_state(this, "line_num", Value::int(line_num));
        for c in line.as_str().chars() {
            p.process(Some(c))?;
        }
        p.process(None)?;
        if p.state == State::StartRecord {
            break;
        }
    }
    Ok(Value::list(p.fields))
}

/// `csv.Dialect`, `excel`, `excel_tab`, `unix_dialect`: classes whose attributes describe a
/// dialect, for `dialect=csv.excel` and for subclassing.
fn dialect_classes() -> Vec<(&'static str, Value)> {
    let none = || Value::None;
    let base = runtime_class("csv", "Dialect", vec![], || {
        vec![
            ("_name", Value::str("")),
            ("_valid", Value::FALSE),
            ("delimiter", none()),
            ("quotechar", none()),
            ("escapechar", none()),
            ("doublequote", none()),
            ("skipinitialspace", none()),
            ("lineterminator", none()),
            ("quoting", none()),
        ]
    });
    let excel_attrs = |name: &'static str, delim: &'static str, term: &'static str, quoting: i64| {
        move || {
            vec![
                ("_name", Value::str(name)),
                ("delimiter", Value::str(delim)),
                ("quotechar", Value::str("\"")),
                ("doublequote", Value::TRUE),
                ("skipinitialspace", Value::FALSE),
                ("lineterminator", Value::str(term)),
                ("quoting", Value::int(quoting)),
            ]
        }
    };
    let excel = runtime_class("csv", "excel", vec![base.clone()], excel_attrs("excel", ",", "\r\n", QUOTE_MINIMAL));
    let tab = runtime_class("csv", "excel_tab", vec![excel.clone()], excel_attrs("excel-tab", "\t", "\r\n", QUOTE_MINIMAL));
    let unix = runtime_class("csv", "unix_dialect", vec![base.clone()], excel_attrs("unix", ",", "\n", QUOTE_ALL));
    vec![
        ("Dialect", Value::Class(base)),
        ("excel", Value::Class(excel)),
        ("excel_tab", Value::Class(tab)),
        ("unix_dialect", Value::Class(unix)),
    ]
}

fn registry_fns() -> Vec<(&'static str, Value)> {
    vec![
        func_kw("register_dialect", |args, kwargs| {
            if args.is_empty() || args.len() > 2 {
                return Err(PyErr::type_error(format!("register_dialect expected at most 2 arguments, got {}", args.len())));
            }
            let mut it = args.into_iter();
            let name = match it.next() {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => return Err(PyErr::type_error("dialect name must be a string")),
            };
            let d = make_dialect(it.next(), kwargs)?;
            registry_init();
            REGISTRY.with(|r| {
                let mut r = r.borrow_mut();
                match r.iter_mut().find(|(n, _)| *n == name) {
                    Some(slot) => slot.1 = d,
                    None => r.push((name, d)),
                }
            });
            Ok(Value::None)
        }),
        func("unregister_dialect", |args| {
            super::args::arity("unregister_dialect", &args, 1, 1)?;
            let name = str_of(&args[0])?;
            registry_init();
            let removed = REGISTRY.with(|r| {
                let mut r = r.borrow_mut();
                let before = r.len();
                r.retain(|(n, _)| n != name.as_str());
                before != r.len()
            });
            if removed { Ok(Value::None) } else { Err(error("unknown dialect")) }
        }),
        func("get_dialect", |args| {
            super::args::arity("get_dialect", &args, 1, 1)?;
            lookup(str_of(&args[0])?.as_str())
        }),
        func("list_dialects", |_| {
            registry_init();
            Ok(Value::list(REGISTRY.with(|r| r.borrow().iter().map(|(n, _)| Value::str(n)).collect())))
        }),
        func("field_size_limit", |args| {
            super::args::arity("field_size_limit", &args, 0, 1)?;
            let old = FIELD_LIMIT.with(|l| l.get());
            if let Some(v) = args.first() {
                match v {
                    Value::Int(i) => FIELD_LIMIT.with(|l| l.set(i.to_i64().unwrap_or(i64::MAX))),
                    _ => return Err(PyErr::type_error("limit must be an integer")),
                }
            }
            Ok(Value::int(old))
        }),
    ]
}

pub fn build() -> Module {
    let mut attrs = vec![
        ("Error", Value::Class(error_class())),
        ("QUOTE_MINIMAL", Value::int(QUOTE_MINIMAL)),
        ("QUOTE_ALL", Value::int(QUOTE_ALL)),
        ("QUOTE_NONNUMERIC", Value::int(QUOTE_NONNUMERIC)),
        ("QUOTE_NONE", Value::int(QUOTE_NONE)),
        ("QUOTE_STRINGS", Value::int(QUOTE_STRINGS)),
        ("QUOTE_NOTNULL", Value::int(QUOTE_NOTNULL)),
        ("__version__", Value::str("1.0")),
        func_kw("reader", reader),
        func_kw("writer", super::csv_write::writer),
        ("DictReader", Value::Class(super::csv_dict::dict_reader_class())),
        ("DictWriter", Value::Class(super::csv_dict::dict_writer_class())),
        func_kw("Sniffer", |_, _| Err(PyErr::untranslatable("csv.Sniffer"))),
    ];
    attrs.extend(dialect_classes());
    attrs.extend(registry_fns());
    module("csv", attrs)
}

use crate::value::Module;
