package dev.mxbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Records with equals and hashCode written by hand mean what a record's would")
class HandWrittenKeysTest {

  @Test
  @DisplayName("DomainName: equal when both forms are, whatever the instance")
  void domainName() {
    DomainName a = new DomainName("xn--caff-8oa.it", "caffè.it");
    assertThat(a).isEqualTo(new DomainName("xn--caff-8oa.it", "caffè.it"));
    assertThat(a).hasSameHashCodeAs(new DomainName("xn--caff-8oa.it", "caffè.it"));
    assertThat(a).isNotEqualTo(new DomainName("xn--caff-8oa.it", "xn--caff-8oa.it"));
    assertThat(a).isNotEqualTo(new DomainName("caffe.it", "caffè.it"));
    assertThat(a).isNotEqualTo("xn--caff-8oa.it").isNotEqualTo(null);
  }

  @Test
  @DisplayName("MxEntry: preference and host both count")
  void mxEntry() {
    MxEntry a = new MxEntry(10, "mx1.example.it.");
    assertThat(a).isEqualTo(new MxEntry(10, "mx1.example.it."));
    assertThat(a).hasSameHashCodeAs(new MxEntry(10, "mx1.example.it."));
    assertThat(a).isNotEqualTo(new MxEntry(20, "mx1.example.it."));
    assertThat(a).isNotEqualTo(new MxEntry(10, "mx2.example.it."));
    assertThat(new MxEntry(10, null)).isEqualTo(new MxEntry(10, null)).isNotEqualTo(a);
  }

  @Test
  @DisplayName("CheckOptions: the same selectors in the same order")
  void checkOptions() {
    CheckOptions a = new CheckOptions(List.of("s1", "s2"));
    assertThat(a).isEqualTo(new CheckOptions(List.of("s1", "s2")));
    assertThat(a).hasSameHashCodeAs(new CheckOptions(List.of("s1", "s2")));
    assertThat(a).isNotEqualTo(new CheckOptions(List.of("s2", "s1")));
    assertThat(CheckOptions.NONE).isEqualTo(new CheckOptions(List.of()));
  }
}
