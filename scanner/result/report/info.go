package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/apkscan/apkscan/scanner/finding"
)

func writeInfoText(w io.Writer, in *finding.Info, _ Options) error {
	ew := &errWriter{w: w}
	t := in.Target
	ew.printf("%s\n", t.Path)
	ew.printf("  sha256       %s (%d bytes)\n", t.SHA256, t.Size)
	if m := in.Manifest; m != nil {
		ew.printf("  package      %s\n", t.Package)
		ew.printf("  version      %s (code %d)\n", orDash(t.VersionName), t.VersionCode)
		ew.printf("  sdk          min %d, target %d\n", t.MinSdk, t.TargetSdk)
		ew.printf("  label        %s\n", orDash(m.Application.Label))
		if m.Application.Name != "" {
			ew.printf("  application  %s\n", m.Application.Name)
		}
		ew.printf("  flags        %s\n", flagText(m))
		writePermissions(ew, m.Permissions)
		writeComponents(ew, m.Components)
		if len(m.MetaData) > 0 {
			ew.printf("\nmeta-data (%d)\n", len(m.MetaData))
			for _, md := range m.MetaData {
				ew.printf("  %s = %s\n", md.Name, md.Value)
			}
		}
	} else {
		ew.printf("  manifest     none readable\n")
	}
	writeDex(ew, in.Dex)
	writeFiles(ew, "native libraries", in.NativeLibs)
	writeFiles(ew, "assets", in.Assets)
	if len(in.Strings) > 0 {
		keys := make([]string, 0, len(in.Strings))
		for k := range in.Strings {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %d", k, in.Strings[k])
		}
		ew.printf("\nstrings: %s\n", strings.Join(parts, ", "))
	}
	if len(in.Diagnostics) > 0 {
		ew.printf("\ndiagnostics (%d)\n", len(in.Diagnostics))
		for _, d := range in.Diagnostics {
			ew.printf("  %s\n", d)
		}
	}
	return ew.err
}

func flagText(m *finding.ManifestInfo) string {
	explicit := map[string]bool{}
	for _, f := range m.FlagsExplicit {
		explicit[f] = true
	}
	var parts []string
	for _, name := range []string{"debuggable", "allowBackup", "usesCleartextTraffic", "testOnly"} {
		s := fmt.Sprintf("%s=%v", name, m.Flags[name])
		if !explicit[name] {
			s += "(default)"
		}
		parts = append(parts, s)
	}
	if m.NetworkSecurityConfig != "" {
		parts = append(parts, "networkSecurityConfig="+m.NetworkSecurityConfig)
	}
	return strings.Join(parts, " ")
}

func writePermissions(ew *errWriter, ps []finding.PermissionInfo) {
	ew.printf("\npermissions (%d)\n", len(ps))
	for _, p := range ps {
		mark := ""
		if p.Dangerous {
			mark = "  [dangerous]"
		}
		ew.printf("  %s%s\n", p.Name, mark)
	}
}

func writeComponents(ew *errWriter, cs []finding.ComponentInfo) {
	ew.printf("\ncomponents (%d)\n", len(cs))
	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	for _, c := range cs {
		exp := "-"
		if c.Exported {
			exp = "exported"
			if !c.ExportedExplicit {
				exp += "(implied)"
			}
		}
		state := ""
		if !c.Enabled {
			state = "disabled"
		}
		if c.Manifest != "" {
			state = strings.TrimSpace(state + " (from " + c.Manifest + ")")
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", c.Kind, c.Name, exp, orDash(c.Permission), state)
	}
	ew.setErr(tw.Flush())
}

func writeDex(ew *errWriter, ds []finding.DexInfo) {
	ew.printf("\ndex files (%d)\n", len(ds))
	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "  entry\tversion\tstrings\ttypes\tprotos\tfields\tmethods\tclasses\tcode items\tinstructions\t\n")
	for _, d := range ds {
		fmt.Fprintf(tw, "  %s\t%03d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", d.Entry, d.Version, d.Strings, d.Types, d.Protos, d.Fields, d.Methods, d.Classes, d.CodeItems, d.Instructions)
	}
	ew.setErr(tw.Flush())
}

func writeFiles(ew *errWriter, title string, fs []finding.FileInfo) {
	if len(fs) == 0 {
		return
	}
	ew.printf("\n%s (%d)\n", title, len(fs))
	const show = 20
	for i, f := range fs {
		if i == show {
			ew.printf("  … %d more\n", len(fs)-show)
			break
		}
		ew.printf("  %s (%d bytes)\n", f.Entry, f.Size)
	}
}
