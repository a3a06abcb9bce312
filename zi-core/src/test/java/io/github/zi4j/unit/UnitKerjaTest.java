package io.github.zi4j.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A unit kerja holds a predicate from its award until its revocation")
class UnitKerjaTest {

  // Kabupaten Pesawaran (domain notes §8): pencanangan 10 November 2022. The WBK award on
  // 10 December 2024 is the one of the case-file example, not a fact of the notes.
  private static final LocalDate PESAWARAN_PENCANANGAN = LocalDate.of(2022, 11, 10);
  private static final LocalDate PESAWARAN_DPMPTSP_WBK = LocalDate.of(2024, 12, 10);
  private static final LocalDate PESAWARAN_ROUND_2024_DAY = LocalDate.of(2024, 7, 20);

  // PN Surabaya (domain notes §2): WBK 2019, revoked 3 February 2022. The notes give only the year of
  // the award and no pencanangan: the days below are assumed (awards are usually in December).
  private static final LocalDate PN_SURABAYA_PENCANANGAN = LocalDate.of(2018, 3, 1);
  private static final LocalDate PN_SURABAYA_WBK = LocalDate.of(2019, 12, 10);
  private static final LocalDate PN_SURABAYA_REVOKED = LocalDate.of(2022, 2, 3);

  // DPMP Kota Yogyakarta (domain notes §2): WBK 2014, revoked 14 June 2022; award day and pencanangan
  // assumed. The second award in 2024 is hypothetical.
  private static final LocalDate YOGYAKARTA_PENCANANGAN = LocalDate.of(2013, 6, 1);
  private static final LocalDate YOGYAKARTA_WBK = LocalDate.of(2014, 12, 10);
  private static final LocalDate YOGYAKARTA_REVOKED = LocalDate.of(2022, 6, 14);
  private static final LocalDate YOGYAKARTA_WBK_AGAIN = LocalDate.of(2024, 12, 10);

  // Kota Pekalongan (domain notes §8): DPMPTSP got WBK on 21 December 2020. Its pencanangan day is
  // assumed; the WBBM of December 2022 is hypothetical.
  private static final LocalDate PEKALONGAN_PENCANANGAN = LocalDate.of(2019, 6, 1);
  private static final LocalDate PEKALONGAN_WBK = LocalDate.of(2020, 12, 21);
  private static final LocalDate PEKALONGAN_WBBM = LocalDate.of(2022, 12, 20);

  private static final UnitKerja PESAWARAN_DPMPTSP = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Pesawaran")
      .pencanangan(PESAWARAN_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, PESAWARAN_DPMPTSP_WBK))
      .build();

  private static final UnitKerja PN_SURABAYA = UnitKerja.builder()
      .name("Pengadilan Negeri Surabaya")
      .pencanangan(PN_SURABAYA_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, PN_SURABAYA_WBK))
      .addHistory(PredikatEvent.revoked(Predikat.WBK, PN_SURABAYA_REVOKED))
      .build();

  private static final UnitKerja DPMP_YOGYAKARTA = UnitKerja.builder()
      .name("DPMP Kota Yogyakarta")
      .pencanangan(YOGYAKARTA_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, YOGYAKARTA_WBK))
      .addHistory(PredikatEvent.revoked(Predikat.WBK, YOGYAKARTA_REVOKED))
      .addHistory(PredikatEvent.awarded(Predikat.WBK, YOGYAKARTA_WBK_AGAIN))
      .build();

  private static final UnitKerja PEKALONGAN_DPMPTSP = UnitKerja.builder()
      .name("DPMPTSP Kota Pekalongan")
      .pencanangan(PEKALONGAN_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, PEKALONGAN_WBK))
      .addHistory(PredikatEvent.awarded(Predikat.WBBM, PEKALONGAN_WBBM))
      .build();

  private static UnitKerja.Builder pesawaranUnit() {
    return UnitKerja.builder().name("RSUD Pesawaran").pencanangan(PESAWARAN_PENCANANGAN);
  }

  @Nested
  @DisplayName("PN Surabaya: WBK 2019, revoked 3 February 2022")
  class PnSurabaya {

    @ParameterizedTest(name = "on {0}: holds WBK = {1}")
    @DisplayName("holds WBK from the award day up to the day before the revocation")
    @CsvSource({
        "2019-12-09, false",  // the day before the award
        "2019-12-10, true",   // the award day
        "2021-01-01, true",
        "2022-02-02, true",   // the day before the revocation
        "2022-02-03, false",  // the revocation day
        "2024-07-20, false"
    })
    void holdsWbk(LocalDate date, boolean expected) {
      assertThat(PN_SURABAYA.holds(Predikat.WBK, date)).isEqualTo(expected);
    }

    @Test
    @DisplayName("holds WBK since the award day while it is in force")
    void heldSince() {
      assertThat(PN_SURABAYA.heldSince(Predikat.WBK, PN_SURABAYA_REVOKED.minusDays(1)))
          .contains(PN_SURABAYA_WBK);
    }

    @Test
    @DisplayName("holds WBK since no day once it is revoked")
    void heldSinceAfterRevocation() {
      assertThat(PN_SURABAYA.heldSince(Predikat.WBK, PN_SURABAYA_REVOKED)).isEmpty();
    }

    @Test
    @DisplayName("its highest predicate is WBK before the revocation and none from it")
    void highestOn() {
      assertThat(PN_SURABAYA.highestOn(PN_SURABAYA_REVOKED.minusDays(1))).contains(Predikat.WBK);
      assertThat(PN_SURABAYA.highestOn(PN_SURABAYA_REVOKED)).isEmpty();
    }

    @Test
    @DisplayName("never holds WBBM")
    void neverWbbm() {
      assertThat(PN_SURABAYA.holds(Predikat.WBBM, PN_SURABAYA_WBK)).isFalse();
      assertThat(PN_SURABAYA.holds(Predikat.WBBM, PN_SURABAYA_REVOKED.minusDays(1))).isFalse();
    }

    @Test
    @DisplayName("from 3 February 2022 on, its last revocation is that one")
    void lastRevocation() {
      PredikatEvent revocation = PredikatEvent.revoked(Predikat.WBK, PN_SURABAYA_REVOKED);

      assertThat(PN_SURABAYA.lastRevocationOnOrBefore(PN_SURABAYA_REVOKED)).contains(revocation);
      assertThat(PN_SURABAYA.lastRevocationOnOrBefore(PESAWARAN_ROUND_2024_DAY))
          .contains(revocation);
    }

    @Test
    @DisplayName("has no revocation on or before 2 February 2022")
    void noRevocationBefore() {
      assertThat(PN_SURABAYA.lastRevocationOnOrBefore(PN_SURABAYA_REVOKED.minusDays(1))).isEmpty();
    }
  }

  @Nested
  @DisplayName("DPMP Kota Yogyakarta: WBK 2014, revoked 14 June 2022, awarded WBK again (hypothetically)")
  class DpmpYogyakarta {

    @ParameterizedTest(name = "on {0}: holds WBK = {1}")
    @DisplayName("holds WBK in each period of an award, not in between")
    @CsvSource({
        "2014-12-10, true",   // first award
        "2022-06-13, true",   // the day before the revocation
        "2022-06-14, false",  // the revocation day
        "2024-12-09, false",  // the day before the second award
        "2024-12-10, true"    // the second award
    })
    void holdsWbk(LocalDate date, boolean expected) {
      assertThat(DPMP_YOGYAKARTA.holds(Predikat.WBK, date)).isEqualTo(expected);
    }

    @Test
    @DisplayName("holds WBK since the second award once awarded again")
    void heldSinceSecondAward() {
      assertThat(DPMP_YOGYAKARTA.heldSince(Predikat.WBK, YOGYAKARTA_WBK_AGAIN))
          .contains(YOGYAKARTA_WBK_AGAIN);
    }

    @Test
    @DisplayName("keeps the 14 June 2022 revocation as its last one after the second award")
    void lastRevocationAfterSecondAward() {
      assertThat(DPMP_YOGYAKARTA.lastRevocationOnOrBefore(YOGYAKARTA_WBK_AGAIN))
          .contains(PredikatEvent.revoked(Predikat.WBK, YOGYAKARTA_REVOKED));
    }
  }

  @Nested
  @DisplayName("DPMPTSP Kota Pekalongan: WBK 21 December 2020, then WBBM (hypothetically)")
  class DpmptspPekalongan {

    @Test
    @DisplayName("its highest predicate is WBK from 21 December 2020")
    void highestWbk() {
      assertThat(PEKALONGAN_DPMPTSP.highestOn(PEKALONGAN_WBK)).contains(Predikat.WBK);
      assertThat(PEKALONGAN_DPMPTSP.highestOn(PEKALONGAN_WBBM.minusDays(1))).contains(Predikat.WBK);
    }

    @Test
    @DisplayName("its highest predicate is WBBM from the WBBM award")
    void highestWbbm() {
      assertThat(PEKALONGAN_DPMPTSP.highestOn(PEKALONGAN_WBBM)).contains(Predikat.WBBM);
    }

    @Test
    @DisplayName("keeps WBK, held since 21 December 2020, after the WBBM award")
    void keepsWbk() {
      assertThat(PEKALONGAN_DPMPTSP.heldSince(Predikat.WBK, PEKALONGAN_WBBM)).contains(PEKALONGAN_WBK);
      assertThat(PEKALONGAN_DPMPTSP.heldSince(Predikat.WBBM, PEKALONGAN_WBBM))
          .contains(PEKALONGAN_WBBM);
    }

    @Test
    @DisplayName("holds nothing before 21 December 2020 and has no revocation")
    void nothingBefore() {
      assertThat(PEKALONGAN_DPMPTSP.highestOn(PEKALONGAN_WBK.minusDays(1))).isEmpty();
      assertThat(PEKALONGAN_DPMPTSP.lastRevocationOnOrBefore(PEKALONGAN_WBBM)).isEmpty();
    }
  }

  @Nested
  @DisplayName("events after a date")
  class EventsAfterADate {

    @Test
    @DisplayName("an award after the date is not read for that date")
    void awardNotRead() {
      // given DPMPTSP Pesawaran, awarded WBK on 10 December 2024
      // when judged on 20 July 2024
      // then
      assertThat(PESAWARAN_DPMPTSP.holds(Predikat.WBK, PESAWARAN_ROUND_2024_DAY)).isFalse();
      assertThat(PESAWARAN_DPMPTSP.heldSince(Predikat.WBK, PESAWARAN_ROUND_2024_DAY)).isEmpty();
      assertThat(PESAWARAN_DPMPTSP.highestOn(PESAWARAN_ROUND_2024_DAY)).isEmpty();
    }

    @Test
    @DisplayName("a revocation after the date is not read for that date")
    void revocationNotRead() {
      // given PN Surabaya, revoked on 3 February 2022; when judged on 31 December 2021
      LocalDate endOf2021 = LocalDate.of(2021, 12, 31);

      // then the revocation has not happened yet
      assertThat(PN_SURABAYA.lastRevocationOnOrBefore(endOf2021)).isEmpty();
      assertThat(PN_SURABAYA.holds(Predikat.WBK, endOf2021)).isTrue();
    }

    @Test
    @DisplayName("an award on the pencanangan day itself is read from that day")
    void awardOnPencanangan() {
      // given
      UnitKerja unit = pesawaranUnit()
          .addHistory(PredikatEvent.awarded(Predikat.WBK, PESAWARAN_PENCANANGAN))
          .build();

      // then
      assertThat(unit.heldSince(Predikat.WBK, PESAWARAN_PENCANANGAN)).contains(PESAWARAN_PENCANANGAN);
    }
  }

  @Nested
  @DisplayName("an inconsistent unit")
  class AnInconsistentUnit {

    @Test
    @DisplayName("an award before the pencanangan is rejected, naming the event, its date and the pencanangan")
    void awardBeforePencanangan() {
      // given an award on 10 December 2021, eleven months before the pencanangan of 10 November 2022
      LocalDate beforePencanangan = LocalDate.of(2021, 12, 10);

      // when / then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> pesawaranUnit()
              .addHistory(PredikatEvent.awarded(Predikat.WBK, beforePencanangan))
              .build())
          .withMessage("history[0]: AWARDED WBK must not be before pencanangan, but was "
              + "2021-12-10 < 2022-11-10");
    }

    @Test
    @DisplayName("events out of date order are rejected, naming the event and both dates")
    void outOfOrder() {
      // given a WBBM award on 1 June 2023 listed after a WBK award on 10 December 2023
      LocalDate wbk = LocalDate.of(2023, 12, 10);
      LocalDate earlierWbbm = LocalDate.of(2023, 6, 1);

      // when / then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> pesawaranUnit()
              .addHistory(PredikatEvent.awarded(Predikat.WBK, wbk))
              .addHistory(PredikatEvent.awarded(Predikat.WBBM, earlierWbbm))
              .build())
          .withMessageContainingAll("history[1]", "must be in date order", "2023-06-01",
              "2023-12-10");
    }

    @Test
    @DisplayName("a revocation without an award in force is rejected, naming the predicate and the date")
    void revocationWithoutAward() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> UnitKerja.builder()
              .name("Pengadilan Negeri Surabaya")
              .pencanangan(PN_SURABAYA_PENCANANGAN)
              .addHistory(PredikatEvent.revoked(Predikat.WBK, PN_SURABAYA_REVOKED))
              .build())
          .withMessageContainingAll("history[0]", "revocation of WBK on 2022-02-03",
              "must follow an award of WBK in force");
    }

    @Test
    @DisplayName("a second revocation of the same award is rejected")
    void secondRevocation() {
      LocalDate later = PN_SURABAYA_REVOKED.plusDays(1);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> PN_SURABAYA.withHistory(
              PredikatEvent.awarded(Predikat.WBK, PN_SURABAYA_WBK),
              PredikatEvent.revoked(Predikat.WBK, PN_SURABAYA_REVOKED),
              PredikatEvent.revoked(Predikat.WBK, later)))
          .withMessageContainingAll("history[2]", "revocation of WBK on 2022-02-04",
              "must follow an award of WBK in force");
    }

    @Test
    @DisplayName("a revocation of WBBM while only WBK is held is rejected")
    void revocationOfAnotherPredicate() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PN_SURABAYA.withHistory(
              PredikatEvent.awarded(Predikat.WBK, PN_SURABAYA_WBK),
              PredikatEvent.revoked(Predikat.WBBM, PN_SURABAYA_REVOKED)))
          .withMessageContainingAll("history[1]", "revocation of WBBM on 2022-02-03",
              "must follow an award of WBBM in force");
    }

    @Test
    @DisplayName("a revocation on the award day is rejected, naming both dates")
    void revocationOnAwardDay() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PN_SURABAYA.withHistory(
              PredikatEvent.awarded(Predikat.WBK, PN_SURABAYA_WBK),
              PredikatEvent.revoked(Predikat.WBK, PN_SURABAYA_WBK)))
          .withMessage("history[1]: revocation of WBK must be after its award, but was "
              + "2019-12-10 <= 2019-12-10");
    }

    @Test
    @DisplayName("the award of a predicate already held is rejected, naming both dates")
    void awardAlreadyHeld() {
      // given Pekalongan's WBK of 21 December 2020 and a second WBK at the 2021 national ceremony
      LocalDate nationalCeremony2021 = LocalDate.of(2021, 12, 20);

      // when / then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PEKALONGAN_DPMPTSP.withHistory(
              PredikatEvent.awarded(Predikat.WBK, PEKALONGAN_WBK),
              PredikatEvent.awarded(Predikat.WBK, nationalCeremony2021)))
          .withMessage("history[1]: WBK must not be awarded on 2021-12-20 while already held "
              + "since 2020-12-21");
    }

    @ParameterizedTest(name = "name \"{0}\" is rejected")
    @DisplayName("a blank name is rejected, naming the field and the value")
    @ValueSource(strings = {"", " ", "\t"})
    void blankName(String blank) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> UnitKerja.builder().name(blank).pencanangan(PESAWARAN_PENCANANGAN).build())
          .withMessage("name of unit kerja must not be blank, but was \"" + blank + "\"");
    }
  }

  @Nested
  @DisplayName("a unit without history")
  class AUnitWithoutHistory {

    private final UnitKerja unit = pesawaranUnit().build();

    @Test
    @DisplayName("holds no predicate and has no revocation")
    void holdsNothing() {
      assertThat(unit.holds(Predikat.WBK, PESAWARAN_ROUND_2024_DAY)).isFalse();
      assertThat(unit.highestOn(PESAWARAN_ROUND_2024_DAY)).isEmpty();
      assertThat(unit.lastRevocationOnOrBefore(PESAWARAN_ROUND_2024_DAY)).isEmpty();
    }
  }

  @Nested
  @DisplayName("DPMPTSP Kota Pekalongan with its WBBM revoked on 1 June 2023 (hypothetically)")
  class WbbmRevoked {
    private final LocalDate wbbmRevoked = LocalDate.of(2023, 6, 1);
    private final UnitKerja unit = PEKALONGAN_DPMPTSP.withHistory(
        PredikatEvent.awarded(Predikat.WBK, PEKALONGAN_WBK),
        PredikatEvent.awarded(Predikat.WBBM, PEKALONGAN_WBBM),
        PredikatEvent.revoked(Predikat.WBBM, wbbmRevoked));

    @Test
    @DisplayName("has a WBBM revoked since its WBK from the revocation day on, and none the day before")
    void higherRevokedSince() {
      assertThat(unit.higherRevokedSince(Predikat.WBK, wbbmRevoked))
          .contains(PredikatEvent.revoked(Predikat.WBBM, wbbmRevoked));
      assertThat(unit.higherRevokedSince(Predikat.WBK, LocalDate.of(2024, 7, 20)))
          .contains(PredikatEvent.revoked(Predikat.WBBM, wbbmRevoked));
      assertThat(unit.higherRevokedSince(Predikat.WBK, wbbmRevoked.minusDays(1))).isEmpty();
    }

    @Test
    @DisplayName("has no higher predicate revoked for a predicate it does not hold, nor for WBBM")
    void nothingHigher() {
      assertThat(unit.higherRevokedSince(Predikat.WBK, PEKALONGAN_WBK.minusDays(1))).isEmpty();
      assertThat(unit.higherRevokedSince(Predikat.WBBM, LocalDate.of(2023, 1, 1))).isEmpty();
    }

    @Test
    @DisplayName("a WBK held with no WBBM ever revoked has no higher revocation")
    void neverRevoked() {
      assertThat(PEKALONGAN_DPMPTSP.withHistory(PredikatEvent.awarded(Predikat.WBK, PEKALONGAN_WBK))
          .higherRevokedSince(Predikat.WBK, LocalDate.of(2024, 7, 20))).isEmpty();
    }

    @Test
    @DisplayName("a WBBM award to a unit holding no WBK is rejected, naming the event and its date")
    void wbbmWithoutWbk() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PEKALONGAN_DPMPTSP.withHistory(
              PredikatEvent.awarded(Predikat.WBBM, PEKALONGAN_WBBM)))
          .withMessage("history[0]: WBBM must not be awarded on 2022-12-20 while the unit holds no "
              + "WBK");
    }

    @Test
    @DisplayName("a WBK revoked while WBBM is held is rejected: WBBM must be revoked")
    void wbkRevokedUnderWbbm() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PEKALONGAN_DPMPTSP.withHistory(
              PredikatEvent.awarded(Predikat.WBK, PEKALONGAN_WBK),
              PredikatEvent.awarded(Predikat.WBBM, PEKALONGAN_WBBM),
              PredikatEvent.revoked(Predikat.WBK, wbbmRevoked)))
          .withMessage("history[2]: WBK must not be revoked on 2023-06-01 while WBBM is held (since "
              + "2022-12-20): revoke WBBM");
    }
  }

  @Nested
  @DisplayName("its id, the one PortalRB knows it by")
  class Id {

    @Test
    @DisplayName("is optional: without one, the id is a slug of the name; with one, the id itself,"
        + " so a renamed unit keeps it")
    void optional() {
      assertThat(PESAWARAN_DPMPTSP.id()).isEmpty();
      assertThat(UnitIds.of(PESAWARAN_DPMPTSP)).isEqualTo("dpmptsp-kabupaten-pesawaran");

      UnitKerja withId = PESAWARAN_DPMPTSP.withId("PSW-DPMPTSP.01");
      assertThat(UnitIds.of(withId)).isEqualTo("PSW-DPMPTSP.01");
      assertThat(UnitIds.of(withId.withName("Dinas Penanaman Modal dan PTSP Kabupaten Pesawaran")))
          .isEqualTo("PSW-DPMPTSP.01");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a", "7", "dpmptsp-kabupaten-pesawaran", "UK_01.A",
        "a123456789b123456789c123456789d123456789e123456789f123456789g123456789h123456789i123456789j12345678Z"})
    @DisplayName("is 1 to 100 letters, digits, '-', '_' or '.', a letter or digit at each end")
    void valid(String id) {
      assertThat(PESAWARAN_DPMPTSP.withId(id).id()).contains(id);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "-abc", "abc.", "..", "a/b", "a b", "a%2Fb", "unit?x=1",
        "dpmptsp#1", "ünit",
        "a123456789b123456789c123456789d123456789e123456789f123456789g123456789h123456789i123456789j123456789Z"})
    @DisplayName("that could not be a URL path segment as it is (a slash, a space, a dot at an end,"
        + " a non-ASCII letter, more than 100 characters) is refused, naming the rule and the value")
    void invalid(String id) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PESAWARAN_DPMPTSP.withId(id))
          .withMessageStartingWith("id of unit kerja must be 1 to 100 characters of A-Z, a-z, 0-9,"
              + " '-', '_' and '.', beginning and ending with a letter or digit (PortalRB puts it in"
              + " a URL path), but was \"");
    }

    @Test
    @DisplayName("a name of more than 100 characters' worth of slug makes no id: give the unit one")
    void longNameNeedsAnId() {
      String name = "Dinas " + "Penanaman Modal ".repeat(7);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> UnitIds.of(PESAWARAN_DPMPTSP.withName(name)))
          .withMessageStartingWith("a unit's name makes an id of 117 characters, more than 100:"
              + " give the unit an id");
      assertThat(UnitIds.of(PESAWARAN_DPMPTSP.withName(name).withId("dinas-pm"))).isEqualTo(
          "dinas-pm");
    }

    @Test
    @DisplayName("is read from the case file's unit.id, and a bad one is bad input at $.unit")
    void json() {
      String json = """
          {"id": "dpmptsp-psw", "name": "DPMPTSP Kabupaten Pesawaran", "pencanangan": "2022-11-10"}""";
      assertThat(io.github.zi4j.ZiJson.read(json, "unit.json", UnitKerja.class).id())
          .contains("dpmptsp-psw");

      String bad = """
          {"id": "dpmptsp/psw", "name": "DPMPTSP Kabupaten Pesawaran", "pencanangan": "2022-11-10"}""";
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> io.github.zi4j.ZiJson.read(bad, "unit.json", UnitKerja.class))
          .isInstanceOf(io.github.zi4j.ZiParseException.class)
          .hasMessageContaining("id of unit kerja must be 1 to 100 characters")
          .hasMessageContaining("but was \"dpmptsp/psw\"");
    }
  }
}
