/**
 * The test fixtures every area's scenario tests share, in one place: worlds that run mxbot wired as
 * {@code main} wires it against loopback DNS ({@link dev.mxbot.testing.DemoWorld}, the fault
 * matrix's {@link dev.mxbot.testing.MatrixWorld} and its {@link dev.mxbot.testing.MatrixZones},
 * {@link dev.mxbot.testing.NamespaceProbe} in a network namespace of its own), {@code serve} as a
 * whole ({@link dev.mxbot.testing.ServeWorld}), the chat platforms' honest fakes ({@link
 * dev.mxbot.testing.FakeSlack}, {@link dev.mxbot.testing.FakeSocketMode}, {@link
 * dev.mxbot.testing.FakeDiscordGateway}, {@link dev.mxbot.testing.FakeDiscordRest}, {@link
 * dev.mxbot.testing.FakeInteractions}) and the adapters running against them ({@link
 * dev.mxbot.testing.SlackHttpRun}, {@link dev.mxbot.testing.DiscordWorld}), plus load, log and leak
 * helpers ({@link dev.mxbot.testing.LoadPlan}, {@link dev.mxbot.testing.LogCapture}, {@link
 * dev.mxbot.testing.LeakCount}, ...).
 *
 * <p>Fixtures only, no tests: the tests live beside the code they test. May use any production
 * package (it builds the application through {@code cli.Bootstrap}, as {@code main} does); no
 * production code uses it. Everything runs on loopback (127.0.0.0/8), never the system resolver.
 */
package dev.mxbot.testing;
