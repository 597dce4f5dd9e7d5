package dev.mxbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the production code ({@code src/main/java}; tests are not imported): what
 * the diagnosis may know of chat, rendering and the SDKs, where each SDK may be used, and that the
 * packages form no cycle. Each rule holds today; one that breaks fails the build with the offending
 * classes and dependencies listed. Exemptions are part of a rule, each with its reason: {@code
 * render.slack} and {@code render.discord} build Slack's and Discord's message types, and the bench
 * (while it is still in the production source set) listens to Jetty.
 */
@AnalyzeClasses(packages = "dev.mxbot", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

  private static final String[] CHAT_SDKS = {
    "com.slack..", "net.dv8tion..", "org.eclipse.jetty..", "okhttp3.."
  };

  private static final DescribedPredicate<JavaClass> SLACK_BEYOND_ITS_MODEL =
      DescribedPredicate.describe(
          "are Slack SDK classes outside com.slack.api.model",
          type ->
              type.getPackageName().startsWith("com.slack.api")
                  && !type.getPackageName().startsWith("com.slack.api.model"));

  /** The diagnosis knows nothing of who asked, how it is shown, or how the process runs. */
  @ArchTest
  static final ArchRule diagnosisKnowsNoChatRenderingOrProcess =
      noClasses()
          .that()
          .resideInAnyPackage("dev.mxbot.core..", "dev.mxbot.checks..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.chat..",
              "dev.mxbot.render..",
              "dev.mxbot.cli..",
              "dev.mxbot.serve..",
              "dev.mxbot.ops..")
          .because(
              "core and checks produce a neutral report; chat, render, cli, serve, ops use it");

  /** Nor of any chat SDK or HTTP stack. */
  @ArchTest
  static final ArchRule diagnosisKnowsNoChatSdk =
      noClasses()
          .that()
          .resideInAnyPackage("dev.mxbot.core..", "dev.mxbot.checks..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CHAT_SDKS)
          .because("a diagnosis must run the same from Slack, Discord, the console and check");

  /**
   * DNS (the client and its in-process server) asks and answers; it does not diagnose, chat or
   * render.
   */
  @ArchTest
  static final ArchRule dnsDoesNotDiagnose =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.dns..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.checks..",
              "dev.mxbot.chat..",
              "dev.mxbot.render..",
              "dev.mxbot.cli..",
              "dev.mxbot.serve..",
              "dev.mxbot.demo..")
          .because("data flows one way: DNS answers -> findings -> report -> rendering");

  /** The client does not know the in-process server: the server is a tool for demo and tests. */
  @ArchTest
  static final ArchRule dnsClientKnowsNotTheServer =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.dns")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.mxbot.dns.server..")
          .because("dns.server uses the client's values, never the other way round");

  /** The in-process server stands alone: DNS values and dnsjava, nothing of the bot around it. */
  @ArchTest
  static final ArchRule dnsServerStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.dns.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.checks..",
              "dev.mxbot.chat..",
              "dev.mxbot.render..",
              "dev.mxbot.cli..",
              "dev.mxbot.serve..",
              "dev.mxbot.ops..",
              "dev.mxbot.config..")
          .because("demo, the bench and tests start it; it serves zones and faults, nothing more");

  /**
   * The SPF, DMARC, DKIM, policy-record (TLS-RPT, BIMI) and MTA-STS readers are pure: text in, a
   * record or a problem out.
   */
  @ArchTest
  static final ArchRule recordReadersArePure =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.mxbot.checks.spf..",
              "dev.mxbot.checks.dmarc..",
              "dev.mxbot.checks.dkim..",
              "dev.mxbot.checks.policy..",
              "dev.mxbot.checks.mtasts..",
              "dev.mxbot.checks.dane..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.checks",
              "dev.mxbot.dns..",
              "dev.mxbot.chat..",
              "dev.mxbot.render..",
              "dev.mxbot.config..",
              "dev.mxbot.providers..")
          .because("reading a record looks nothing up; the checks in checks turn it into findings");

  /**
   * The SMTP probe's client talks SMTP and TLS on sockets it is given addresses for: it resolves
   * nothing, reads no configuration and makes no finding (the SMTP check does, in checks).
   */
  @ArchTest
  static final ArchRule smtpClientOnlyTalks =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.checks.smtp..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.checks",
              "dev.mxbot.core..",
              "dev.mxbot.dns..",
              "dev.mxbot.config..",
              "dev.mxbot.providers..",
              "dev.mxbot.chat..",
              "dev.mxbot.render..")
          .because("addresses come from the SMTP check, which obeys dns.allowPrivateAddresses");

  /** Rendering works on the finished report (plus texts and guides), never on DNS or checks. */
  @ArchTest
  static final ArchRule renderWorksOnTheReport =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.render..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.chat..", "dev.mxbot.cli..", "dev.mxbot.dns..", "dev.mxbot.checks..")
          .because("a renderer turns a Report into text; it neither asks DNS nor answers chat");

  /** Slack's SDK: the adapter, and Block Kit building in {@code render.slack}. */
  @ArchTest
  static final ArchRule slackSdkOnlyInTheSlackAdapterAndRenderSlack =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.mxbot.chat.slack..", "dev.mxbot.render.slack..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.slack.api..")
          .because("one adapter per chat platform; render.slack builds Slack's message model");

  /** Render only builds Slack's message model: it never calls Slack (client, Bolt, Socket Mode). */
  @ArchTest
  static final ArchRule renderUsesOnlySlacksModel =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.render..")
          .should()
          .dependOnClassesThat(SLACK_BEYOND_ITS_MODEL)
          .because("sending is the adapter's job");

  /** JDA: the Discord adapter, and embed building in {@code render.discord}. */
  @ArchTest
  static final ArchRule jdaOnlyInTheDiscordAdapterAndRenderDiscord =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.mxbot.chat.discord..", "dev.mxbot.render.discord..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("net.dv8tion..")
          .because("one adapter per chat platform; render.discord builds Discord's embeds");

  /**
   * The neutral renderers (plain text, JSON) and what every medium shares know no chat platform: no
   * SDK, and not the platform renderers built on them.
   */
  @ArchTest
  static final ArchRule neutralRenderKnowsNoPlatform =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.render")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.slack..",
              "net.dv8tion..",
              "dev.mxbot.render.slack..",
              "dev.mxbot.render.discord..")
          .because("render.slack and render.discord build on render, not the other way round");

  /** The command line parses and wires: no chat SDK, no HTTP stack; serving is {@code serve}'s. */
  @ArchTest
  static final ArchRule cliUsesNoChatSdk =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CHAT_SDKS)
          .because("cli hands serve over to dev.mxbot.serve, which builds the chat adapters");

  /** {@code serve} sees the application through its own {@code Application}, never the CLI. */
  @ArchTest
  static final ArchRule serveKnowsNotTheCommandLine =
      noClasses()
          .that()
          .resideInAnyPackage("dev.mxbot.serve..", "dev.mxbot.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.mxbot.cli..")
          .because("cli uses serve and demo; Bootstrap implements serve.Application");

  /**
   * Jetty: Slack's HTTP mode listener and the ops endpoints. Also {@code dev.mxbot.bench} while it
   * is still in the production source set ({@code bench.AckTimes} listens to Jetty's request
   * events); the exemption is moot once the bench has moved out.
   */
  @ArchTest
  static final ArchRule jettyOnlyInSlackHttpModeAndOps =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.mxbot.chat.slack..", "dev.mxbot.ops..", "dev.mxbot.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jetty..")
          .because("the process has one HTTP server, owned by the Slack adapter and ops");

  /** picocli: command-line parsing is the CLI's. */
  @ArchTest
  static final ArchRule picocliOnlyInCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.mxbot.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .because("cli parses and wires; nothing else knows it runs from a command line");

  /** dnsjava: only the DNS client ({@code dns}) and its in-process server ({@code dns.server}). */
  @ArchTest
  static final ArchRule dnsjavaOnlyInDns =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.mxbot.dns..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.xbill.DNS..")
          .because("checks see DNS through the Dns port, as values");

  /**
   * The customer reply ({@code reply}, H21) writes from the report, like a renderer: it neither
   * asks DNS nor answers chat; {@code chat} reaches it only through {@code CustomerReplyWriter}.
   */
  @ArchTest
  static final ArchRule replyWorksOnTheReport =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.reply..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.chat..",
              "dev.mxbot.cli..",
              "dev.mxbot.serve..",
              "dev.mxbot.dns..",
              "dev.mxbot.checks..")
          .because("a reply is written from a Report, the same on every platform");

  /** Mustache: only the customer reply's templates. */
  @ArchTest
  static final ArchRule mustacheOnlyInReply =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.mxbot.reply..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.github.mustachejava..")
          .because("wording is template data read by one package");

  /**
   * The audit streams lines in and rows out around the same pipeline as {@code check}: it does not
   * diagnose by itself, serve chat, or know the command line that starts it.
   */
  @ArchTest
  static final ArchRule auditOnlyStreams =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.audit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.checks..",
              "dev.mxbot.cli..",
              "dev.mxbot.serve..",
              "dev.mxbot.ops..",
              "org.xbill.DNS..",
              "picocli..")
          .because("cli wires the audit to the pipeline; the audit reads, writes and counts");

  /** No cycles among the top-level packages ({@code chat.slack} counts as {@code chat}). */
  @ArchTest
  static final ArchRule topLevelPackagesFormNoCycle =
      slices().matching("dev.mxbot.(*)..").should().beFreeOfCycles();

  /**
   * Nor among any packages, each on its own ({@code dns} and {@code dns.server}, {@code checks} and
   * its readers, {@code render} and {@code render.slack}, ...).
   */
  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("dev.mxbot.(**)").should().beFreeOfCycles();

  /**
   * The bench is a tool, not part of the bot: only the CLI commands that start it may use it. Holds
   * before and after the bench moves out of the production source set.
   */
  @ArchTest
  static final ArchRule nothingButCliUsesTheBench =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.mxbot.bench..", "dev.mxbot.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.mxbot.bench..")
          .because("no production branch exists for a benchmark");

  /**
   * The store keeps what the answer path hands it (core's values); it neither diagnoses nor answers
   * nor renders.
   */
  @ArchTest
  static final ArchRule storeKeepsReportsOnly =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.chat..",
              "dev.mxbot.render..",
              "dev.mxbot.cli..",
              "dev.mxbot.serve..",
              "dev.mxbot.ops..",
              "dev.mxbot.checks..",
              "dev.mxbot.dns..")
          .because("recording is a port of core (CheckHistory); the database is the store's alone");

  /** The database libraries (Jdbi, Flyway, HikariCP) only in {@code store}. */
  @ArchTest
  static final ArchRule databaseOnlyInTheStore =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.mxbot.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jdbi..", "org.flywaydb..", "com.zaxxer..")
          .because("one place owns the schema, the pool and the queries");

  /**
   * The watch scheduler (db-scheduler) only in {@code store}: its table is the store's, and the
   * chat side sees watches through core's ports ({@code WatchBook}, {@code WatchRun}).
   */
  @ArchTest
  static final ArchRule schedulerOnlyInTheStore =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.mxbot.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.github.kagkarlsson..")
          .because("one place owns the schedule of watches and its table");
}
