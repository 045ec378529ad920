// The shell speaks the vus language: whoever uses the shell uses its words (statements,
// output formats, exit statuses) too.
@_exported import VusLanguage
