// Writes a file in its working directory, reads it back and lists the directory: what
// files_roundtrip.py does, for the scratch-directory verification tests.
use std::fs;

fn main() {
    fs::write("note.txt", "hello from the scratch directory\n").unwrap();
    print!("{}", fs::read_to_string("note.txt").unwrap());
    let mut names: Vec<String> = fs::read_dir(".")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    println!("{}", names.join(","));
    if let Ok(text) = fs::read_to_string("input.txt") {
        print!("{}", text);
    }
}
