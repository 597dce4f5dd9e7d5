package dev.mxbot.checks.spf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Reading an SPF record the customer pasted")
class SpfRecordTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "v=spf1 +all",
        "v=spf1 a -all",
        "v=spf1 a:example.org -all",
        "v=spf1 mx -all",
        "v=spf1 mx:example.org -all",
        "v=spf1 mx mx:example.org -all",
        "v=spf1 mx/30 mx:example.org/30 -all",
        "v=spf1 ptr -all",
        "v=spf1 ip4:192.0.2.128/28 -all",
        "v=spf1 include:example.com include:example.net -all",
        "v=spf1 redirect=example.com",
        "v=spf1 mx -exists:%{ir}.sbl.example.org -all",
        "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all",
        "v=spf1 -ip4:192.0.2.0/24 a//96 +all",
        "v=spf1 a/24//64 ip6:2001:db8::/32 ip6:::ffff:192.0.2.1 -all",
        "v=spf1 include:_spf.example.com exp=explain._spf.%{d} -all",
        "v=spf1 exists:%{l1r+}.%{d} x=%%%_%- -all",
        "V=SPF1   MX   Include:MX.OVH.COM.   ~ALL  ",
        "v=spf1 -all moo=cow",
        "v=spf1",
      })
  @DisplayName("the RFC 7208 examples and everyday records are valid")
  void valid(String text) {
    assertThat(SpfRecord.parse(text)).isInstanceOf(SpfRecord.class);
  }

  @ParameterizedTest(name = "{0} → {1} at word {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "v=spf1 include=mx.ovh.com ~all      | MECHANISM_EQUALS  | include=mx.ovh.com     | 2 | include:mx.ovh.com",
        "v=spf1 ip4:mail.example.it ~all     | IP4_HOSTNAME      | ip4:mail.example.it    | 2 | a:mail.example.it",
        "v=spf1 ip4:1.2.3.4/33 ~all          | CIDR              | ip4:1.2.3.4/33         | 2 | ip4:1.2.3.4/<0-32>",
        "v=spf1 include:mx.ovh.com~all       | MISSING_SPACE     | include:mx.ovh.com~all | 2 | include:mx.ovh.com ~all",
        "include:mx.ovh.com v=spf1 ~all      | VERSION           | include:mx.ovh.com     | 1 | v=spf1 include:mx.ovh.com ~all",
        "v=spf2.0/pra include:mx.ovh.com ~all| VERSION           | v=spf2.0/pra           | 1 | v=spf1",
        "\"v=spf1 include:mx.ovh.com ~all\"  | QUOTE             | \"v=spf1               | 1 | v=spf1",
        "v=spf1 include:mx.ovh.com, ~all     | COMMA             | include:mx.ovh.com,    | 2 | include:mx.ovh.com",
        "v=spf1 -all -all                    | ALL_TWICE         | -all                   | 3 | 1 × all",
        "v=spf1 mx ~all v=spf1 a ~all        | VERSION_TWICE     | v=spf1                 | 4 | 1 × v=spf1",
        "v=spf1 redirect=a.example redirect=b.example | DUPLICATE_MODIFIER | redirect=b.example | 3 | 1 × redirect=",
        "v=spf1 exp=a.example exp=b.example -all | DUPLICATE_MODIFIER | exp=b.example        | 3 | 1 × exp=",
        "v=spf1 ipv4:192.0.2.1 -all          | UNKNOWN_MECHANISM | ipv4:192.0.2.1         | 2 | all, include:, a, mx, ptr, ip4:, ip6:, exists:",
        "v=spf1 mx.ovh.com ~all              | UNKNOWN_MECHANISM | mx.ovh.com             | 2 | include:mx.ovh.com",
        "v=spf1 include: ~all                | MISSING_ARGUMENT  | include:               | 2 | include:<domain>",
        "v=spf1 exists -all                  | MISSING_ARGUMENT  | exists                 | 2 | exists:<domain>",
        "v=spf1 include:localhost ~all       | DOMAIN            | include:localhost      | 2 | include:<domain>",
        "v=spf1 exists:%{x}.example.it -all  | MACRO             | exists:%{x}.example.it | 2 | %{s l o d i p h v}, %{d2}, %{ir}, %%, %_, %-",
        "v=spf1 exists:%{c}.example.it -all  | MACRO             | exists:%{c}.example.it | 2 | %{s l o d i p h v}, %{d2}, %{ir}, %%, %_, %-",
        "v=spf1 include:%d.example.it -all   | MACRO             | include:%d.example.it  | 2 | %{s l o d i p h v}, %{d2}, %{ir}, %%, %_, %-",
        "v=spf1 ip6:2001:db8::zz -all        | IP6_INVALID       | ip6:2001:db8::zz       | 2 | ip6:<ip6-address>[/<0-128>]",
        "v=spf1 ip6:192.0.2.1 -all           | IP6_INVALID       | ip6:192.0.2.1          | 2 | ip4:192.0.2.1",
        "v=spf1 ip6:2001:db8::/129 -all      | CIDR              | ip6:2001:db8::/129     | 2 | ip6:2001:db8::/<0-128>",
        "v=spf1 ip4:192.0.2.256 -all         | IP4_INVALID       | ip4:192.0.2.256        | 2 | ip4:<ip4-address>[/<0-32>]",
        "v=spf1 ip4:192.0.2.1/024 -all       | CIDR              | ip4:192.0.2.1/024      | 2 | ip4:192.0.2.1/<0-32>",
        "v=spf1 a/33 -all                    | CIDR              | a/33                   | 2 | a[:<domain>][/<0-32>][//<0-128>]",
        "v=spf1 mx:example.it//129 -all      | CIDR              | mx:example.it//129     | 2 | mx[:<domain>][/<0-32>][//<0-128>]",
        "v=spf1 -all/24                      | UNEXPECTED_ARGUMENT | -all/24              | 2 | -all",
        "v=spf1 ptr/24 -all                  | UNEXPECTED_ARGUMENT | ptr/24               | 2 | ptr[:<domain>]",
        "v=spf1 ~redirect=example.it         | MODIFIER          | ~redirect=example.it   | 2 | <name>=<value>",
      })
  @DisplayName("common mistakes are named with the failing word and what it should be")
  void malformed(String text, SpfSyntaxReason reason, String term, int position, String expected) {
    assertThat(SpfRecord.parse(text))
        .isEqualTo(new SpfSyntaxError(term, position, reason, expected));
  }

  @Test
  @DisplayName("mechanisms keep their qualifier, domain and prefix lengths")
  void terms() {
    SpfRecord record =
        (SpfRecord) SpfRecord.parse("v=spf1 -a:Mail.Example.it/24//64 ?ip4:192.0.2.0/24 ~all");

    assertThat(record.terms())
        .containsExactly(
            new SpfTerm.Mechanism(
                "-a:Mail.Example.it/24//64", '-', "a", "Mail.Example.it", "", 24, 64),
            new SpfTerm.Mechanism("?ip4:192.0.2.0/24", '?', "ip4", "", "192.0.2.0", 24, -1),
            new SpfTerm.Mechanism("~all", '~', "all", "", "", -1, -1));
    assertThat(record.evaluated().get(0).target("example.it")).isEqualTo("mail.example.it");
  }

  @Test
  @DisplayName(
      "redirect is ignored when the record has an all; mechanisms after all are not evaluated")
  void redirectAndAll() {
    SpfRecord withAll =
        (SpfRecord) SpfRecord.parse("v=spf1 -all include:late.example redirect=x.example");
    SpfRecord withoutAll = (SpfRecord) SpfRecord.parse("v=spf1 mx redirect=x.example");

    assertThat(withAll.redirect()).isEmpty();
    assertThat(withAll.evaluated()).extracting(SpfTerm.Mechanism::name).containsExactly("all");
    assertThat(withoutAll.redirect()).map(SpfTerm.Modifier::value).contains("x.example");
  }
}
