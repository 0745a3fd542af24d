/**
 * MLA 9th edition, reduced to the works the Atlas cites: its own pages (a work by the organization
 * that publishes it begins with its title, MLA 9, 5.23) and the originals its source records describe.
 * Its output equals that of the CSL project's full MLA 9 style for these works
 * (tests/unit/citation-styles.test.ts compares them).
 * “Title of Entry.” Sovereign AI Atlas, 26 Nov. 2026, https://…/.
 */
export const MLA_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>MLA 9th edition (Sovereign AI Atlas pages and sources)</title>
    <id>sovereign-ai-atlas-mla-9-web</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="month-06" form="short">June</term>
      <term name="month-07" form="short">July</term>
      <term name="month-09" form="short">Sept.</term>
    </terms>
  </locale>
  <macro name="author">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first" et-al-min="3" et-al-use-first="1"/>
    </names>
  </macro>
  <macro name="title">
    <choose>
      <if type="report">
        <text variable="title" text-case="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" text-case="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="date">
    <date variable="issued" delimiter=" ">
      <date-part name="day"/>
      <date-part name="month" form="short"/>
      <date-part name="year"/>
    </date>
  </macro>
  <citation>
    <layout>
      <text macro="title"/>
    </layout>
  </citation>
  <bibliography>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="title"/>
        <group delimiter=", ">
          <choose>
            <if type="report">
              <text variable="publisher"/>
            </if>
            <else>
              <text variable="container-title" text-case="title" font-style="italic"/>
              <text variable="publisher"/>
            </else>
          </choose>
          <text macro="date"/>
          <text variable="URL"/>
        </group>
        <choose>
          <if variable="issued" match="none">
            <group delimiter=" ">
              <text term="accessed" text-case="capitalize-first"/>
              <date variable="accessed" delimiter=" ">
                <date-part name="day"/>
                <date-part name="month" form="short"/>
                <date-part name="year"/>
              </date>
            </group>
          </if>
        </choose>
      </group>
    </layout>
  </bibliography>
</style>
`;
