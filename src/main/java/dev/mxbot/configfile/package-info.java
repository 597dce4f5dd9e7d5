/**
 * Reading the knowledge files of {@code bot-config/} strictly: {@link
 * dev.mxbot.configfile.ConfigNode} walks a YAML document and remembers where it is, so every
 * mistake becomes a {@link dev.mxbot.configfile.ConfigException} naming the file, the key path and
 * what was expected.
 *
 * <p>{@link dev.mxbot.configfile.Overrides} lets {@code MXBOT_*} environment variables replace keys
 * as the tree is walked ({@code MXBOT_DNS_TIMEOUT=3s} for {@code dns.timeout}), so a new section
 * gets them without any code; a mistake in one names the variable.
 *
 * <p>{@link dev.mxbot.configfile.RegularFile} is how every file of the configuration and every
 * secret file is read: a regular file of at most a given size, else one clear line (never a FIFO
 * opened, never an unbounded read).
 *
 * <p>A file is read by {@code PlainYaml} when it is plain YAML as that reader knows it (block
 * mappings and lists, one-line values, brackets, comments: every shipped file), else by SnakeYAML;
 * the value is the same either way ({@code PlainYamlTest} holds it to SnakeYAML's), and SnakeYAML
 * words the errors. A cold {@code check} waits for the knowledge files, and SnakeYAML run cold was
 * half of that wait. A file that needs more (anchors, block text) still works, only slower.
 *
 * <p>Imports the JDK and SnakeYAML only (no Jackson: a text check never loads it); shared by {@code
 * dev.mxbot.providers} and {@code dev.mxbot.guides}. To support a new kind of value, add one {@code
 * as...} method to {@link dev.mxbot.configfile.ConfigNode}.
 */
package dev.mxbot.configfile;
