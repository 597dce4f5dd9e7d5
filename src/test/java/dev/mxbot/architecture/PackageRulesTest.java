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
 * top-level packages form no cycle. Each rule holds today; one that breaks fails the build with the
 * offending classes and dependencies listed. Exemptions are part of a rule, each with its reason:
 * render builds Slack's and Discord's message types, and the bench (while it is still in the
 * production source set) listens to Jetty.
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
              "dev.mxbot.chat..", "dev.mxbot.render..", "dev.mxbot.cli..", "dev.mxbot.ops..")
          .because("core and checks produce a neutral report; chat, render, cli and ops use it");

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

  /** The DNS client asks and answers; it does not diagnose, chat or render. */
  @ArchTest
  static final ArchRule dnsDoesNotDiagnose =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.dns..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.mxbot.checks..", "dev.mxbot.chat..", "dev.mxbot.render..", "dev.mxbot.cli..")
          .because("data flows one way: DNS answers -> findings -> report -> rendering");

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

  /**
   * Slack's SDK: the adapter, and Block Kit building in render (SlackRenderer, SlackBlocks,
   * SlackAreas, SlackMessage), as the design allows.
   */
  @ArchTest
  static final ArchRule slackSdkOnlyInTheSlackAdapterAndRender =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.mxbot.chat.slack..", "dev.mxbot.render..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.slack.api..")
          .because("one adapter per chat platform; render builds Slack's message model");

  /** Render only builds Slack's message model: it never calls Slack (client, Bolt, Socket Mode). */
  @ArchTest
  static final ArchRule renderUsesOnlySlacksModel =
      noClasses()
          .that()
          .resideInAPackage("dev.mxbot.render..")
          .should()
          .dependOnClassesThat(SLACK_BEYOND_ITS_MODEL)
          .because("sending is the adapter's job");

  /** JDA: the Discord adapter, and embed building in render (DiscordRenderer, EmbedFields). */
  @ArchTest
  static final ArchRule jdaOnlyInTheDiscordAdapterAndRender =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.mxbot.chat.discord..", "dev.mxbot.render..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("net.dv8tion..")
          .because("one adapter per chat platform; render builds Discord's embeds");

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

  /** dnsjava: only the DNS client and its in-process server. */
  @ArchTest
  static final ArchRule dnsjavaOnlyInDns =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.mxbot.dns..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.xbill.DNS..")
          .because("checks see DNS through the Dns port, as values");

  /** No cycles among the top-level packages ({@code chat.slack} counts as {@code chat}). */
  @ArchTest
  static final ArchRule topLevelPackagesFormNoCycle =
      slices().matching("dev.mxbot.(*)..").should().beFreeOfCycles();

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
}
