// The browser's own print: the report's print stylesheet lays it out on A4; "Save as PDF" keeps a file.
export function print() {
  window.print();
}
