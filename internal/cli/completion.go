package cli

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

var completionCommand = &command{
	name:  "completion",
	usage: "coregroup completion bash|zsh|fish",
	summary: "Print a shell completion script for coregroup's commands and flags: " +
		"source <(coregroup completion bash) in ~/.bashrc, coregroup completion zsh > \"${fpath[1]}/_coregroup\", " +
		"coregroup completion fish > ~/.config/fish/completions/coregroup.fish.",
}

// The completion command lists the commands, so its run function is set
// here: in its var it would make the list refer to itself.
func init() { completionCommand.run = runCompletion }

// completers write the completion script of each shell.
var completers = map[string]func(w io.Writer, words []completionWord){
	"bash": bashCompletion,
	"zsh":  zshCompletion,
	"fish": fishCompletion,
}

func runCompletion(e *env, c *command, args []string) ExitCode {
	fs := e.flags(c)
	args, code := e.parse(fs, args)
	if code >= 0 {
		return code
	}
	if len(args) != 1 || completers[args[0]] == nil {
		return e.fail("completion takes the name of a shell: bash, zsh or fish")
	}
	completers[args[0]](e.stdout, completionWords(e))
	return ExitOK
}

// completionWord is a command, or a command and a subcommand ("translate
// export"), with its summary and the flags it takes.
type completionWord struct {
	name, sub, summary string
	flags              []*flag.Flag
}

// key is the command and subcommand as one string.
func (w completionWord) key() string { return strings.TrimSpace(w.name + " " + w.sub) }

// completionWords lists every command and subcommand with its flags, which
// it learns by running each with -h and keeping the FlagSet it makes.
func completionWords(e *env) []completionWord {
	var words []completionWord
	flagsOf := func(c *command, args ...string) []*flag.Flag {
		var sets []*flag.FlagSet
		quiet := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, kinds: e.kinds,
			sawFlags: func(fs *flag.FlagSet) { sets = append(sets, fs) }}
		c.run(quiet, c, append(args, "-h"))
		var fl []*flag.Flag
		for _, fs := range sets {
			fs.VisitAll(func(f *flag.Flag) { fl = append(fl, f) })
		}
		return fl
	}
	for _, c := range commands {
		words = append(words, completionWord{name: c.name, summary: c.summary, flags: flagsOf(c)})
		for _, s := range c.subcommands {
			words = append(words, completionWord{name: c.name, sub: s, flags: flagsOf(c, s)})
		}
	}
	words = append(words, completionWord{name: "help", summary: "Print the commands, or a command's flags."})
	return words
}

// dashed is a flag as it is typed: -o, --lang.
func dashed(f *flag.Flag) string {
	if len(f.Name) == 1 {
		return "-" + f.Name
	}
	return "--" + f.Name
}

// firstSentence shortens a summary for a completion menu.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(strings.TrimSuffix(s, "."), ":")
}

func bashCompletion(w io.Writer, words []completionWord) {
	var top []string
	subs := map[string][]string{}
	for _, c := range words {
		if c.sub == "" {
			top = append(top, c.name)
		} else {
			subs[c.name] = append(subs[c.name], c.sub)
		}
	}
	fmt.Fprintln(w, "# bash completion for coregroup: source <(coregroup completion bash)")
	fmt.Fprintln(w, "_coregroup() {")
	fmt.Fprintln(w, "\tlocal cur=\"${COMP_WORDS[COMP_CWORD]}\" key=\"${COMP_WORDS[1]}\" flags=\"\"")
	fmt.Fprintln(w, "\tif [[ $COMP_CWORD -eq 1 ]]; then")
	fmt.Fprintf(w, "\t\tCOMPREPLY=($(compgen -W %q -- \"$cur\"))\n\t\treturn\n\tfi\n", strings.Join(top, " "))
	fmt.Fprintln(w, "\tcase \"$key\" in")
	names := make([]string, 0, len(subs))
	for n := range subs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "\t%s)\n\t\tif [[ $COMP_CWORD -eq 2 ]]; then\n\t\t\tCOMPREPLY=($(compgen -W %q -- \"$cur\"))\n\t\t\treturn\n\t\tfi\n\t\tkey=\"%s ${COMP_WORDS[2]}\"\n\t\t;;\n",
			n, strings.Join(subs[n], " "), n)
	}
	fmt.Fprintln(w, "\tesac")
	fmt.Fprintln(w, "\tcase \"$key\" in")
	for _, c := range words {
		if c.name == "completion" {
			fmt.Fprintf(w, "\t%q) flags=\"bash zsh fish\" ;;\n", c.key())
			continue
		}
		var fl []string
		for _, f := range c.flags {
			fl = append(fl, dashed(f))
		}
		if len(fl) > 0 {
			fmt.Fprintf(w, "\t%q) flags=%q ;;\n", c.key(), strings.Join(fl, " "))
		}
	}
	fmt.Fprintln(w, "\tesac")
	fmt.Fprintln(w, "\tif [[ $cur == -* || $key == completion ]]; then")
	fmt.Fprintln(w, "\t\tCOMPREPLY=($(compgen -W \"$flags\" -- \"$cur\"))")
	fmt.Fprintln(w, "\telse")
	fmt.Fprintln(w, "\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))")
	fmt.Fprintln(w, "\tfi")
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w, "complete -o filenames -F _coregroup coregroup")
}

// zshCompletion is the bash script run by zsh's bashcompinit, the way
// zsh completes for programs that ship a bash completion.
func zshCompletion(w io.Writer, words []completionWord) {
	fmt.Fprintln(w, "#compdef coregroup")
	fmt.Fprintln(w, "# zsh completion for coregroup: coregroup completion zsh > \"${fpath[1]}/_coregroup\"")
	fmt.Fprintln(w, "autoload -U +X bashcompinit && bashcompinit")
	bashCompletion(w, words)
}

func fishCompletion(w io.Writer, words []completionWord) {
	fmt.Fprintln(w, "# fish completion for coregroup: coregroup completion fish > ~/.config/fish/completions/coregroup.fish")
	quote := func(s string) string {
		return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
	}
	for _, c := range words {
		if c.sub == "" {
			fmt.Fprintf(w, "complete -c coregroup -f -n '__fish_use_subcommand' -a %s -d %s\n", c.name, quote(firstSentence(c.summary)))
		} else {
			fmt.Fprintf(w, "complete -c coregroup -f -n '__fish_seen_subcommand_from %s; and not __fish_seen_subcommand_from %s' -a %s\n",
				c.name, strings.Join(siblings(words, c.name), " "), c.sub)
		}
		cond := "__fish_seen_subcommand_from " + c.name
		if c.sub != "" {
			cond += "; and __fish_seen_subcommand_from " + c.sub
		}
		if c.name == "completion" {
			fmt.Fprintf(w, "complete -c coregroup -f -n %s -a 'bash zsh fish'\n", quote(cond))
		}
		for _, f := range c.flags {
			opt := "-l " + f.Name
			if len(f.Name) == 1 {
				opt = "-s " + f.Name
			}
			fmt.Fprintf(w, "complete -c coregroup -n %s %s -d %s\n", quote(cond), opt, quote(firstSentence(f.Usage)))
		}
	}
}

// siblings are the subcommands of a command.
func siblings(words []completionWord, name string) []string {
	var out []string
	for _, c := range words {
		if c.name == name && c.sub != "" {
			out = append(out, c.sub)
		}
	}
	return out
}
