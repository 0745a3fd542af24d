/**
 * APA 7th edition, reduced to the one shape the Atlas cites: a dated page of a website that is its own
 * publisher, with no personal author. Its output equals that of the full APA style shipped with
 * citation-js for such pages (tests/unit/citation-styles.test.ts compares them); the full style spends
 * most of its time on branches this shape never takes.
 * Sovereign AI Atlas. (2026, November 26). <i>Title of entry</i>. Sovereign AI Atlas. https://…/
 */
export const APA_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>APA 7th edition (Sovereign AI Atlas web entries)</title>
    <id>sovereign-ai-atlas-apa-7-web</id>
    <updated>2026-11-26T00:00:00+00:00</updated>
  </info>
  <!-- Italics are applied to a macro, as in the full style, so that citeproc merges a title's own
       closing "?" or "!" with the period that follows. -->
  <macro name="title">
    <text variable="title"/>
  </macro>
  <citation>
    <layout>
      <text macro="title" font-style="italic"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0" line-spacing="2">
    <layout>
      <group delimiter=" ">
        <group delimiter=". " suffix=".">
          <text variable="publisher"/>
          <date variable="issued" prefix="(" suffix=")">
            <date-part name="year"/>
            <date-part name="month" prefix=", "/>
            <date-part name="day" prefix=" "/>
          </date>
          <text macro="title" font-style="italic"/>
          <text variable="container-title"/>
        </group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
