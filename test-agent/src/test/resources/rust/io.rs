use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("args={:?}", args);
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    println!("stdin={:?}", input);
    println!("env={}", std::env::vars().count());
    eprintln!("to stderr");
    std::process::exit(3);
}
