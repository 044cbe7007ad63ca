"""Builds holdout.jsonl for holdout12 from the records written below (all synthetic).

    python3 bench/holdout12/build_holdout.py

Records are written by hand; the labels follow /work/shared/CONTRACT.md. PMIDs are
assigned in list order from 97100001; cross-references use record keys.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = 97100001

RECORDS: list[dict] = []


def rec(
    key,
    title,
    journal,
    year,
    ptypes,
    abstract,
    *,
    on_topic,
    design,
    dep,
    n,
    doses,
    ads=(),
    classes=(),
    compares=False,
    results=True,
    rationale,
    nct=(),
    doi=None,
    retracted=False,
    entrez=None,
    complete=True,
    **extra,
):
    labels = {
        "on_topic": on_topic,
        "design": design,
        "depression_population": dep,
        "n": n,
        "ldn_doses_mg": [float(d) for d in doses],
        "concomitant_antidepressants": list(ads),
        "concomitant_classes": sorted(classes),
        "compares_doses": compares,
        "has_results": results,
        "rationale": rationale,
    }
    if retracted:
        labels["retracted"] = True
    RECORDS.append(
        {
            "key": key,
            "doi": doi,
            "nct_ids": list(nct),
            "title": title,
            "journal": journal,
            "year": year,
            "publication_types": list(ptypes),
            "abstract": abstract,
            "abstract_complete": complete,
            "entrez": entrez,
            "labels": labels,
            "extra": extra,
        }
    )


# ---------------------------------------------------------------- 1-15

rec(
    "r01-adjunct-ldn",
    "Adjunctive LDN for major depression with inadequate response to antidepressants: a randomised, placebo-controlled trial",
    "J Affect Disord",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Rationale: Low dose naltrexone (LDN) modulates opioid and microglial signalling. The only earlier randomised study enrolled 12 patients, who took 1 mg twice daily for 3 weeks.\n\n"
    "What we did: Adults with DSM-5 major depressive disorder and a MADRS score of 20 or more despite at least 8 weeks of antidepressant treatment were randomly assigned to LDN 4.5mg nocte or matching placebo for 10 weeks; 31 and 33 patients were allocated to LDN and placebo respectively. Patients continued their antidepressant (escitalopram in 22, duloxetine in 14, bupropion in 28) at an unchanged dose.\n\n"
    "What we found: Five LDN and four placebo patients withdrew. MADRS fell by 11.8 points with LDN and by 7.9 with placebo (difference 3.9, 95% CI 0.6 to 7.2; p = 0.02). Vivid dreams were the only adverse event more frequent with LDN.\n\n"
    "Take-home message: LDN added to ongoing antidepressants reduced depressive symptoms. Future studies should compare doses.",
    on_topic=True,
    design="rct",
    dep=True,
    n=64,
    doses=[4.5],
    ads=["escitalopram", "duloxetine", "bupropion"],
    classes=["serotonergic", "noradrenergic", "dopaminergic"],
    rationale="Drug named only as 'LDN' after one expansion. n from arm sizes only: '31 and 33 patients were allocated' -> 64 ('Five LDN and four placebo patients withdrew' not subtracted; background '12 patients' and '1 mg twice daily' belong to the cited pilot). Dose '4.5mg nocte' -> [4.5]. 'Patients continued their antidepressant (escitalopram in 22, duloxetine in 14, bupropion in 28)': escitalopram serotonergic, duloxetine (SNRI) serotonergic+noradrenergic, bupropion dopaminergic. 'Future studies should compare doses' is future work -> compares_doses false. Gaps: larger-trials and serotonergic-combination addressed.",
    entrez="2026-03-04",
    doi="10.5555/h12.2026.001",
)

rec(
    "o05-nal12",
    "Low-dose naltrexone 12.5 mg as augmentation of escitalopram in major depression: a randomized trial",
    "Psychopharmacology (Berl)",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Opioid modulation has been proposed for antidepressant augmentation, but most low-dose naltrexone reports used doses that are hard to obtain without compounding. We therefore tested a commercially available split tablet.\n\n"
    "Methods: Sixty adults with major depressive disorder and a partial response to escitalopram 10-20 mg were randomized to naltrexone 12.5 mg/day (a quarter of a 50-mg tablet) or placebo for 8 weeks, in addition to escitalopram.\n\n"
    "Results: HAM-D-17 decreased by 7.2 with naltrexone and 6.5 with placebo (p = 0.61). Nausea was more common with naltrexone (20% vs 7%).\n\n"
    "Conclusions: Naltrexone at 12.5 mg/day did not augment escitalopram.",
    on_topic=False,
    design="rct",
    dep=True,
    n=60,
    doses=[],
    rationale="NEAR-MISS (dose boundary): the title says 'Low-dose naltrexone', but the dose is 'naltrexone 12.5 mg/day (a quarter of a 50-mg tablet)': 6-25 mg/day is neither LDN nor standard dose -> off-topic (contract, 'What counts as LDN'). Would otherwise fire larger-trials (60) and serotonergic-combination (escitalopram); as off-topic no classes and no gaps.",
    entrez="2026-03-09",
)

rec(
    "r02-naldep-3arm",
    "Naltrexone monotherapy in first-episode, antidepressant-naive major depression: the NALDEP multicentre trial",
    "Lancet Psychiatry",
    2026,
    ["Journal Article", "Randomized Controlled Trial", "Multicenter Study"],
    "Background: Naltrexone is licensed at 50 mg daily for alcohol and opioid dependence. At doses roughly a tenth of this, it is thought to act as a transient opioid blocker and a glial modulator rather than as a sustained antagonist, and open-label reports suggest antidepressant effects. Whether such doses are effective as a first treatment for depression, and at which dose, has not been tested. We aimed to assess the efficacy and tolerability of naltrexone monotherapy in adults with a first episode of major depression who had never taken an antidepressant.\n\n"
    "Methods: This was a 12-week, double-blind, placebo-controlled trial at four university outpatient clinics. Adults aged 18-65 years with a first episode of major depressive disorder (DSM-5), a HAM-D-17 score of 18 or more and no previous antidepressant treatment were eligible; exclusion criteria were bipolar disorder, psychotic features, substance use disorder in the past year, current opioid use and suicidal intent. Of 212 people screened, 96 were eligible, 90 consented and 87 were randomised; 79 were analysed per protocol. Participants were randomised to one of three arms: placebo, 1 mg, or 4 mg naltrexone, taken once daily at bedtime in identical capsules. No participant received an SSRI or any other antidepressant during the trial; zopiclone was allowed as rescue medication for insomnia. The primary outcome was change in HAM-D-17 from baseline to week 12 in the intention-to-treat population; secondary outcomes were response, remission, the Snaith-Hamilton Pleasure Scale and adverse events.\n\n"
    "Findings: Baseline HAM-D-17 was 22.4 (SD 3.1). Mean change at week 12 was -6.1 with placebo, -7.4 with 1 mg and -10.2 with 4 mg. The 4 mg arm separated from placebo (difference -4.1, 95% CI -7.0 to -1.2; p = 0.007); the 1 mg arm did not (p = 0.41). Response rates were 24%, 31% and 52%. Anhedonia improved only with 4 mg. Discontinuations due to adverse events were 2, 1 and 3; vivid dreams and headache were the most frequent events. No serious adverse events were attributed to study drug.\n\n"
    "Interpretation: Naltrexone at 4 mg, but not 1 mg, daily was superior to placebo as a first treatment for major depression. A dose-response relationship within the low range is suggested and should be confirmed.",
    on_topic=True,
    design="rct",
    dep=True,
    n=87,
    doses=[1, 4],
    compares=True,
    rationale="Long abstract; 'low dose' never written as such (only 'roughly a tenth of' 50 mg, and the background 50 mg is the licensed dose, not studied). n: 'Of 212 people screened, 96 were eligible, 90 consented and 87 were randomised; 79 were analysed' -> 87 randomised. Dose comparison hidden in methods: 'randomised to one of three arms: placebo, 1 mg, or 4 mg naltrexone, taken once daily' -> doses [1, 4], compares_doses true. 'No participant received an SSRI or any other antidepressant' (negation) -> no classes; zopiclone is a hypnotic. Gaps: larger-trials and dose-finding addressed.",
    entrez="2026-03-11",
    doi="10.5555/h12.2026.003",
)

rec(
    "o01-longcovid",
    "Low-dose naltrexone for post-COVID fatigue: a randomised, placebo-controlled crossover trial",
    "Brain Behav Immun",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Fatigue is the most disabling symptom of post-COVID-19 condition.\n\n"
    "Methods: Adults with post-COVID-19 condition and a Fatigue Severity Scale score of 36 or more were randomised to LDN (1 mg for one week, then 2 mg for one week, then 4.5 mg/day) followed by placebo, or the reverse sequence, with 8-week periods separated by a 2-week washout. Patients with current major depression, or taking any antidepressant, were excluded. Outcomes were fatigue severity (primary), post-exertional malaise and cognitive failures.\n\n"
    "Results: Sixty-six participants were randomised and 58 completed both periods. Fatigue severity did not differ between LDN and placebo (mean difference -1.8, 95% CI -4.9 to 1.3). Post-exertional malaise and cognitive complaints were also unchanged.\n\n"
    "Conclusions: LDN did not reduce fatigue in post-COVID-19 condition.",
    on_topic=False,
    design="rct",
    dep=False,
    n=66,
    doses=[4.5],
    rationale="NEAR-MISS: LDN trial but depression appears only as an exclusion ('Patients with current major depression, or taking any antidepressant, were excluded'); outcomes fatigue, malaise, cognition - no mood outcome -> off-topic. Fixed titration 1 -> 2 -> 4.5 mg -> target [4.5]. 'Sixty-six participants were randomised' (crossover: persons) -> 66, not 58 completers.",
    entrez="2026-03-12",
)

rec(
    "r03-lotus-protocol",
    "Low-dose naltrexone as add-on to SSRIs in major depressive disorder (LOTUS): protocol for a double-blind randomised controlled trial",
    "BMJ Open",
    2026,
    ["Journal Article", "Clinical Trial Protocol"],
    "Introduction: Low-dose naltrexone (LDN) showed promise in a small trial restricted to dopaminergic antidepressants. Its effect alongside serotonergic antidepressants is unknown.\n\n"
    "Methods and analysis: A total of 150 adults (75 per arm) with major depressive disorder who remain symptomatic (HAM-D-17 of 16 or more) on a stable SSRI for at least 6 weeks will be randomised to LDN, taken as two 2.25-mg capsules once daily, or to two identical placebo capsules, for 12 weeks. The SSRI dose will be kept unchanged. The primary outcome is change in HAM-D-17 at week 12; secondary outcomes include MADRS, response, remission and tolerability.\n\n"
    "Ethics and dissemination: Approved by the regional ethics committee. Results will be published in a peer-reviewed journal.\n\n"
    "Trial registration number: NCT07123456.",
    on_topic=True,
    design="protocol",
    dep=True,
    n=150,
    doses=[4.5],
    ads=["SSRI"],
    classes=["serotonergic"],
    results=False,
    nct=["NCT07123456"],
    rationale="Protocol. Planned n: 'A total of 150 adults (75 per arm)' -> 150. Dose 'two 2.25-mg capsules once daily' -> 4.5 mg/day. 'on a stable SSRI' (class named without drugs counts) -> serotonergic. Gaps larger-trials and serotonergic-combination in_progress.",
    entrez="2026-03-16",
    doi="10.5555/h12.2026.005",
)

rec(
    "o04-nb-obesity",
    "Naltrexone-bupropion for depressive symptoms in adults with obesity: a randomized trial",
    "Obesity (Silver Spring)",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Objective: To test whether naltrexone-bupropion (Mysimba/Contrave) improves depressive symptoms in adults with obesity.\n\n"
    "Methods: 148 adults with a BMI of 30 or more and at least moderate depressive symptoms (PHQ-9 of 10 or more) were randomized to extended-release naltrexone/bupropion 8 mg/90 mg tablets, titrated over 4 weeks to two tablets twice daily, or placebo, for 26 weeks.\n\n"
    "Results: PHQ-9 fell by 6.1 with naltrexone/bupropion and 3.9 with placebo (p = 0.004); weight loss was 6.3% vs 1.8%.\n\n"
    "Conclusions: Naltrexone/bupropion improved depressive symptoms and weight.",
    on_topic=False,
    design="rct",
    dep=True,
    n=148,
    doses=[],
    rationale="CONFOUNDER (look-alike): naltrexone-bupropion combination, 'two tablets twice daily' of 8 mg naltrexone = 32 mg/day; contract: naltrexone-bupropion is not LDN -> off-topic although '8 mg' and 'titrated' appear. Population selected by PHQ-9 >= 10 (depression_population true, not scored). '148 adults'.",
    entrez="2026-03-17",
)

rec(
    "r04-bipolar-open",
    "Open-label low-dose naltrexone for bipolar depression: an 8-week pilot study",
    "Bipolar Disord",
    2026,
    ["Journal Article", "Clinical Trial"],
    "Twenty-three outpatients with bipolar I or II disorder in a current major depressive episode (MADRS of 20 or more) were enrolled and 19 completed the study. All remained on their mood stabiliser (lithium n = 12, lamotrigine n = 11); nine also took an SSRI (sertraline 5, escitalopram 4) at doses unchanged for at least 4 weeks. Naltrexone was started at 1.5 mg and increased to 4.5 mg over 2 weeks, then held at 4.5 mg/day until week 8. MADRS fell from 27.4 to 15.1 (p < 0.001); 10 patients responded. No patient switched to mania or hypomania. The dose titration was well tolerated.",
    on_topic=True,
    design="nonrandomized_trial",
    dep=True,
    n=23,
    doses=[4.5],
    ads=["sertraline", "escitalopram"],
    classes=["serotonergic"],
    rationale="Unstructured. Bipolar depression ('in a current major depressive episode (MADRS of 20 or more)') is a depression population. 'Twenty-three ... were enrolled and 19 completed' -> 23. Titration that only looks like dose comparison: 'started at 1.5 mg and increased to 4.5 mg over 2 weeks, then held at 4.5 mg/day' = fixed titration -> [4.5], compares_doses false. Lithium/lamotrigine are mood stabilisers (no class); 'nine also took an SSRI (sertraline 5, escitalopram 4)' -> serotonergic. Gap serotonergic-combination addressed.",
    entrez="2026-03-20",
)

rec(
    "o06-vldn-taper",
    "Very-low-dose naltrexone added to buprenorphine taper: a randomised trial of withdrawal severity",
    "Drug Alcohol Depend",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Very low doses of naltrexone may ease opioid withdrawal.\n\n"
    "Methods: Ninety adults tapering off buprenorphine were randomised to naltrexone 0.25 mg, naltrexone 1 mg or placebo daily (30 per arm) for the 14-day taper. Withdrawal was rated with the Clinical Opiate Withdrawal Scale and the Subjective Opiate Withdrawal Scale, whose items include anxiety, irritability and dysphoric mood.\n\n"
    "Results: Total SOWS scores were lower with 1 mg than with placebo (p = 0.02). The dysphoric mood and craving items showed the largest differences. Retention to day 14 was 77%, 83% and 63%.\n\n"
    "Conclusions: Naltrexone 1 mg/day eased buprenorphine taper.",
    on_topic=False,
    design="rct",
    dep=False,
    n=90,
    doses=[0.25, 1],
    compares=True,
    rationale="NEAR-MISS (mood word + dose comparison): 'dysphoric mood' is an item of opiate-withdrawal scales -> not a mood outcome in its own right (contract 'Mood as an outcome') -> off-topic. Doses 0.25 and 1 mg/day are LDN-range (microgram doses included) and two are compared, but off-topic so no gap. 'Ninety adults'.",
    entrez="2026-03-23",
)

rec(
    "r05-vs-sertraline",
    "An opioid antagonist at low dose versus sertraline for moderate depression: a randomised non-inferiority pilot",
    "BMC Psychiatry",
    2026,
    ["Journal Article", "Randomized Controlled Trial", "Equivalence Trial"],
    "Background: Whether an opioid antagonist given at low dose can replace a first-line antidepressant is unknown.\n\n"
    "Methods: Antidepressant-free adults with moderate major depression (PHQ-9 10-19) were randomised to naltrexone 3 mg q.h.s. or sertraline 50-100 mg daily for 8 weeks; a total of 58 were randomised (29 per arm).\n\n"
    "Results: PHQ-9 fell by 6.2 with naltrexone and 7.0 with sertraline; non-inferiority was not shown.\n\n"
    "Conclusions: Larger trials are needed.",
    on_topic=True,
    design="rct",
    dep=True,
    n=58,
    doses=[3],
    rationale="Short abstract; drug in the title only as 'An opioid antagonist at low dose'. 'naltrexone 3 mg q.h.s.' -> [3]. 'versus sertraline': sertraline is the comparator arm, not taken together with LDN -> no classes (contract: a comparator arm does not count). 'a total of 58 were randomised (29 per arm)' -> 58. Gap larger-trials addressed; serotonergic-combination no.",
    entrez="2026-03-25",
)

rec(
    "r13-erratum-r01",
    'Erratum to "Adjunctive LDN for major depression with inadequate response to antidepressants: a randomised, placebo-controlled trial"',
    "J Affect Disord",
    2026,
    ["Published Erratum"],
    "In the article cited above, the Methods paragraph of the Abstract stated that patients received LDN 45 mg nocte; the correct dose is 4.5 mg nocte. In Table 2, the number of patients who withdrew from the placebo arm should read 4, not 14. The authors apologise for the errors.",
    on_topic=True,
    design="other",
    dep=False,
    n=None,
    doses=[],
    results=False,
    comments_corrections=[{"type": "ErratumFor", "ref": "r01-adjunct-ldn"}],
    rationale="Erratum for an on-topic trial (CommentsCorrections ErratumFor) -> on-topic itself, design other, no gap (contract). Trap: '45 mg' (standard-dose range) is the corrected error; notices list no doses and no n ('4, not 14' are withdrawals). depression_population false for a notice (no participants of its own; not scored).",
    entrez="2026-04-01",
)

rec(
    "o02-meta-opioid",
    "Opioid-modulating agents for major depressive disorder: a systematic review and meta-analysis of randomized trials",
    "J Clin Psychiatry",
    2026,
    ["Journal Article", "Meta-Analysis", "Systematic Review", "Review"],
    "Objective: To estimate the efficacy of drugs acting on the opioid system in major depressive disorder.\n\n"
    "Data sources: MEDLINE, Embase and PsycINFO to March 2026.\n\n"
    "Study selection: Randomized trials of at least 4 weeks comparing an opioid-system agent (buprenorphine, buprenorphine/samidorphan, naltrexone, nalmefene, kappa-opioid antagonists or tianeptine) with placebo in adults with major depressive disorder.\n\n"
    "Results: Fourteen trials (3,921 participants) were included. Buprenorphine/samidorphan 2 mg/2 mg had a small effect on MADRS (SMD -0.14). No trial of low-dose naltrexone met the duration criterion (the only candidate lasted 3 weeks); naltrexone was studied only at 50 mg/day in depressed patients with alcohol dependence.\n\n"
    "Conclusions: Evidence for opioid modulators in depression is limited and heterogeneous.",
    on_topic=False,
    design="meta_analysis",
    dep=True,
    n=None,
    doses=[],
    rationale="NEAR-MISS: meta-analysis of opioid agents in MDD that explicitly includes no LDN trial ('No trial of low-dose naltrexone met the duration criterion'); included naltrexone only 'at 50 mg/day' -> off-topic. Pooled '3,921 participants' is not an n (meta-analysis n null). Review of depression studies -> depression_population true (not scored).",
    entrez="2026-04-02",
)

rec(
    "r06-posthoc-ppd",
    "Inflammatory markers and response to low-dose naltrexone in postpartum depression: a post-hoc analysis of a randomised trial",
    "Arch Womens Ment Health",
    2026,
    ["Journal Article"],
    "Objective: To examine whether baseline inflammation predicts response to low-dose naltrexone in postpartum depression.\n\n"
    "Method: The parent trial randomised 120 women with postpartum major depression (EPDS of 13 or more) to naltrexone 2.25 mg twice daily or placebo as an add-on; all women remained on their SSRI throughout. In this post-hoc analysis we included the 41 participants randomised to active treatment who provided serum samples at baseline and week 8.\n\n"
    "Results: Higher baseline IL-6 and CRP predicted greater EPDS improvement (r = 0.44, p = 0.004).\n\n"
    "Conclusion: Inflammatory markers may identify women likely to benefit.",
    on_topic=True,
    design="rct",
    dep=True,
    n=41,
    doses=[4.5],
    ads=["SSRI"],
    classes=["serotonergic"],
    rationale="Post-hoc analysis of an RCT -> design rct (parent's design), has results; n is its own analysed sample: 'we included the 41 participants' -> 41, not the parent's 120. 'naltrexone 2.25 mg twice daily' -> 4.5 mg/day. Perinatal depression with EPDS threshold -> depression population. 'all women remained on their SSRI' -> serotonergic. Gap serotonergic-combination addressed; larger-trials no (41). Publication type only 'Journal Article'.",
    entrez="2026-04-06",
)

rec(
    "o09-mouse",
    "Low-dose naltrexone reverses social-defeat-induced anhedonia in mice through microglial TLR4 signalling",
    "Neuropharmacology",
    2026,
    ["Journal Article"],
    "Low-dose naltrexone (LDN) is used off-label for depression, but its mechanism is unclear. Male C57BL/6 mice exposed to 10 days of chronic social defeat received naltrexone 0.1 mg/kg/day (chosen to approximate human LDN) or vehicle in drinking water for 3 weeks (n = 12 per group). LDN restored sucrose preference and social interaction and reduced immobility in the forced swim test, effects absent in TLR4-knockout mice. Microglial activation in the nucleus accumbens was reduced. These data support a TLR4-dependent antidepressant-like action of LDN.",
    on_topic=False,
    design="preclinical",
    dep=False,
    n=None,
    doses=[],
    rationale="CONFOUNDER (preclinical): mice, per-kg dose ('0.1 mg/kg/day') not converted -> no LDN doses; no human participants -> n null. Off-topic as dev's preclinical records (26045511, 11099770). DEBATABLE: the authors call it 'LDN' and it is a depression model; the contract defines on_topic by a daily mg dose in participants and per-kg doses are not converted, so off-topic.",
    entrez="2026-04-07",
)

rec(
    "r07-congress-snri",
    "LDN augmentation of SNRIs in depression with chronic low back pain: results of a randomized controlled trial",
    "Eur Neuropsychopharmacol",
    2026,
    ["Congress"],
    "P.2.117. Background: Depression and chronic pain often co-occur and both may involve opioid and glial dysfunction. Methods: 44 outpatients (22 per arm) with major depressive disorder (HAMD-17 >= 18) and comorbid chronic low back pain, all on a stable SNRI (duloxetine or venlafaxine) for their depression, were randomized to naltrexone 0.0045 g/day or placebo for 8 weeks. Results: HAMD-17 improved by 9.6 vs 5.2 points (p = 0.01); pain NRS by 1.8 vs 0.9 (p = 0.07). Conclusion: LDN may augment SNRIs in depressed patients with pain. Disclosure: none.",
    on_topic=True,
    design="rct",
    dep=True,
    n=44,
    doses=[4.5],
    ads=["duloxetine", "venlafaxine"],
    classes=["serotonergic", "noradrenergic"],
    rationale="Conference abstract reporting a trial -> that trial's design (rct), has results (contract). Poster number prefix 'P.2.117.' so the text is one unlabelled paragraph. Dose in grams: 'naltrexone 0.0045 g/day' -> 4.5 mg. '44 outpatients (22 per arm)' -> 44. 'all on a stable SNRI (duloxetine or venlafaxine) for their depression' -> serotonergic+noradrenergic (taken for depression, not a pain-only low dose). Gap serotonergic-combination addressed.",
    entrez="2026-04-09",
)

rec(
    "o12-ms-fatigue",
    "Low dose naltrexone and fatigue in progressive multiple sclerosis: a pilot crossover trial",
    "Mult Scler Relat Disord",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Fatigue affects most people with progressive MS. Methods: In a double-blind crossover trial, 24 patients with primary or secondary progressive MS received LDN 4.5 mg and placebo for 8 weeks each in random order. The primary outcome was the Modified Fatigue Impact Scale; secondary outcomes were the timed 25-foot walk and the Symbol Digit Modalities Test. Results: MFIS improved by 5.1 points more with LDN (p = 0.04); walking and cognition were unchanged. Conclusions: LDN may reduce fatigue in progressive MS. Future studies should assess whether LDN also improves mood and depressive symptoms in MS.",
    on_topic=False,
    design="rct",
    dep=False,
    n=24,
    doses=[4.5],
    rationale="NEAR-MISS: LDN in MS with fatigue, walking and cognition outcomes; mood and depressive symptoms appear only in a future-work sentence ('Future studies should assess whether LDN also improves mood and depressive symptoms') -> no mood outcome -> off-topic. Inline section labels in one paragraph. '24 patients' (crossover persons).",
    entrez="2026-04-13",
)

# ---------------------------------------------------------------- 16-30

rec(
    "r08-ug-escalation",
    "Sequential-cohort dose finding of naltrexone in the microgram-to-milligram range added to antidepressants in treatment-resistant depression",
    "J Psychopharmacol",
    2026,
    ["Journal Article", "Clinical Trial, Phase II"],
    "Background: Naltrexone at very low doses has been used for depression, but there are no data on which dose to carry forward.\n\n"
    "Methods: In an open-label, sequential-cohort design, three cohorts of eight adults with treatment-resistant depression (non-response to two or more adequate antidepressant trials in the current episode) received naltrexone 500 \u00b5g, 1 500 \u00b5g or 4 500 \u00b5g once daily for 4 weeks, each cohort starting after a safety review of the previous one. Participants continued their current antidepressant (SSRI n = 11, SNRI n = 7, mirtazapine n = 6).\n\n"
    "Results: All 24 participants completed. MADRS change was -3.1, -6.0 and -9.8 in the three cohorts; no dose-limiting adverse events occurred.\n\n"
    "Conclusions: The 4 500 \u00b5g dose is recommended for phase 2b testing.",
    on_topic=True,
    design="nonrandomized_trial",
    dep=True,
    n=24,
    doses=[0.5, 1.5, 4.5],
    ads=["SSRI", "SNRI", "mirtazapine"],
    classes=["serotonergic", "noradrenergic"],
    compares=True,
    rationale="Doses in micrograms with a thin space: '500 \u00b5g, 1 500 \u00b5g or 4 500 \u00b5g once daily' -> [0.5, 1.5, 4.5]; explicitly dose-finding sequential cohorts -> compares_doses true. n: 'three cohorts of eight' and 'All 24 participants' -> 24. Open-label, non-randomised -> nonrandomized_trial (PubMed type 'Clinical Trial, Phase II'). 'continued their current antidepressant (SSRI n = 11, SNRI n = 7, mirtazapine n = 6)' -> serotonergic + noradrenergic. Gaps serotonergic-combination and dose-finding addressed.",
    entrez="2026-04-15",
)

rec(
    "o13-minocycline-bg",
    "Minocycline augmentation in treatment-resistant depression with low-grade inflammation: a randomised controlled trial",
    "Br J Psychiatry",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Anti-inflammatory strategies are being tested in depression. Low-dose naltrexone, another glial modulator, improved depressive symptoms in a 12-patient pilot at 1 mg twice daily and, in an open study of 40 patients, at 4.5 mg/day.\n\n"
    "Methods: Eighty adults with treatment-resistant major depression and CRP of 3 mg/L or more, on a stable SSRI or SNRI, were randomised to minocycline 200 mg/day or placebo for 12 weeks.\n\n"
    "Results: MADRS fell by 12.0 with minocycline and 8.1 with placebo (p = 0.03).\n\n"
    "Conclusions: Minocycline may benefit inflamed, treatment-resistant depression; comparison with low-dose naltrexone is warranted.",
    on_topic=False,
    design="rct",
    dep=True,
    n=80,
    doses=[],
    rationale="NEAR-MISS (background only): LDN appears only in the background ('a 12-patient pilot at 1 mg twice daily', 'an open study of 40 patients, at 4.5 mg/day') and in a future-work sentence; participants receive minocycline -> off-topic (contract: LDN named only in the background or a cited study is not). n 80 randomised; SSRI/SNRI not credited (no LDN).",
    entrez="2026-04-16",
)

rec(
    "r09-tau-doseranging-protocol",
    "Dose-ranging trial of low-dose naltrexone alongside usual care for major depression (LDN-DOSE): study protocol",
    "Trials",
    2026,
    ["Journal Article", "Clinical Trial Protocol"],
    "Background: Doses of low-dose naltrexone used for depression vary from 1 to 4.5 mg, and no study has compared them.\n\n"
    "Methods: Two hundred and forty adults with major depressive disorder (QIDS-SR16 of 11 or more) recruited from primary care will be randomised 1:1:1:1 to placebo or naltrexone 1.5 mg, 3 mg or 4.5 mg once daily for 12 weeks, in addition to treatment as usual. The primary outcome is change in QIDS-SR16 at week 12, analysed with a dose-response model (MCP-Mod).\n\n"
    "Discussion: The trial will identify the dose to take into a confirmatory trial.\n\n"
    "Trial registration: ISRCTN 48213377.",
    on_topic=True,
    design="protocol",
    dep=True,
    n=240,
    doses=[1.5, 3, 4.5],
    compares=True,
    results=False,
    rationale="Protocol; planned n in words 'Two hundred and forty adults' -> 240. Four arms 'placebo or naltrexone 1.5 mg, 3 mg or 4.5 mg once daily' -> [1.5, 3, 4.5], dose-ranging -> compares_doses true. 'in addition to treatment as usual': no antidepressant or class named -> classes []. DEBATABLE (classes): usual care in primary care often includes SSRIs, but the text names none, so no class can be credited. Gaps larger-trials and dose-finding in_progress.",
    entrez="2026-04-20",
)

rec(
    "o03-eoc-nb",
    "Expression of concern: Naltrexone-bupropion for depressive symptoms in adults with obesity: a randomized trial",
    "Obesity (Silver Spring)",
    2026,
    ["Expression of Concern"],
    "The journal is issuing an expression of concern for the article cited above, which reported that extended-release naltrexone/bupropion reduced depressive symptoms in 148 adults with obesity, while an institutional investigation into data irregularities at two of the six sites is ongoing. Readers are advised to interpret the findings with caution.",
    on_topic=False,
    design="other",
    dep=False,
    n=None,
    doses=[],
    results=False,
    comments_corrections=[{"type": "ExpressionOfConcernFor", "ref": "o04-nb-obesity"}],
    rationale="Notice about an off-topic article (naltrexone-bupropion is not LDN) -> off-topic, design other. '148 adults' belongs to the flagged article.",
    entrez="2026-04-21",
)

rec(
    "r10-case-vortioxetine",
    "Remission of chronic depression after adding compounded naltrexone to vortioxetine: a case report",
    "J Clin Psychopharmacol",
    2026,
    ["Case Reports", "Journal Article"],
    "A 52-year-old man with persistent depressive disorder, unchanged after 14 months of vortioxetine 20 mg, began taking half of a 9 mg naltrexone tablet once nightly (4.5 mg per day) while continuing vortioxetine. His PHQ-9 fell from 17 to 4 over 10 weeks. Vivid dreams settled by week 3.",
    on_topic=True,
    design="case_report",
    dep=True,
    n=1,
    doses=[4.5],
    ads=["vortioxetine"],
    classes=["serotonergic"],
    rationale="Very short case report. 'half of a 9 mg naltrexone tablet once nightly (4.5 mg per day)' -> [4.5], not 9. Persistent depressive disorder -> depression population. 'while continuing vortioxetine' -> serotonergic (contract lists vortioxetine). Case report -> no gap.",
    entrez="2026-04-22",
)

rec(
    "o07-nalmefene",
    "As-needed nalmefene and depressive symptoms in alcohol dependence: a pooled analysis of three randomised trials",
    "Eur Addict Res",
    2026,
    ["Journal Article"],
    "Aims: To assess whether as-needed nalmefene affects depressive symptoms. Methods: Post-hoc pooled analysis of three 24-week placebo-controlled trials of nalmefene 18 mg taken on days of anticipated drinking; 1,941 patients with alcohol dependence were analysed, and MADRS was recorded at baseline and week 24. Results: MADRS decreased similarly with nalmefene and placebo (-3.0 vs -2.6). Conclusions: Nalmefene did not worsen or improve depressive symptoms.",
    on_topic=False,
    design="rct",
    dep=False,
    n=1941,
    doses=[],
    rationale="CONFOUNDER (look-alike opioid antagonist): nalmefene is not LDN (contract) -> off-topic despite a MADRS outcome. Pooled post-hoc analysis of RCTs -> parent design rct; own analysed sample '1,941 patients'.",
    entrez="2026-04-24",
)

rec(
    "r12-fibro-3centre",
    "Two strengths of low dose naltrexone in fibromyalgia: a three-centre randomised trial",
    "Scand J Pain",
    2026,
    ["Journal Article", "Randomized Controlled Trial", "Multicenter Study"],
    "Background: The optimal low dose of naltrexone for fibromyalgia is unknown.\n\n"
    "Methods: Women with fibromyalgia (ACR 2016 criteria) were randomised to naltrexone 1,5 mg or 4,5 mg daily for 12 weeks at three centres (Oslo 34, Bergen 29, Troms\u00f8 25). Comorbid depression was present in 36 participants and was not an exclusion criterion. Outcomes were pain intensity (primary) and, as secondary outcomes, the Beck Depression Inventory-II and sleep quality.\n\n"
    "Results: Pain fell more with 4,5 mg (-1.9 vs -1.1 on an 11-point scale; p = 0.03). BDI-II improved similarly in both arms (-4.0 vs -3.6).\n\n"
    "Conclusions: 4,5 mg was more effective than 1,5 mg for fibromyalgia pain.",
    on_topic=True,
    design="rct",
    dep=False,
    n=88,
    doses=[1.5, 4.5],
    compares=True,
    rationale="On-topic by a depression scale as a secondary outcome ('the Beck Depression Inventory-II'). Population selected for fibromyalgia; comorbid depression in a subgroup -> depression_population false, so no gap (NEAR-MISS for dose-finding). Decimal commas: 'naltrexone 1,5 mg or 4,5 mg daily' -> [1.5, 4.5], two doses compared -> compares_doses true. n only as per-site numbers 'Oslo 34, Bergen 29, Troms\u00f8 25' -> 88 ('36 participants' is the depressed subgroup).",
    entrez="2026-04-27",
)

rec(
    "o08-kappa",
    "A low-dose opioid antagonist for anhedonia in major depressive disorder: randomized trial of the kappa-selective antagonist KOR-117",
    "Neuropsychopharmacology",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Kappa-opioid receptor blockade may relieve anhedonia. Methods: 169 adults with major depressive disorder and anhedonia (SHAPS of 20 or more), on an SSRI or SNRI, were randomized to KOR-117 2 mg once daily or placebo for 6 weeks. Results: MADRS improved by 2.1 points more with KOR-117 (p = 0.04); SHAPS by 1.9 (p = 0.06). Conclusions: Selective kappa antagonism at low dose merits phase 3 study.",
    on_topic=False,
    design="rct",
    dep=True,
    n=169,
    doses=[],
    rationale="CONFOUNDER (look-alike): 'A low-dose opioid antagonist' in the title, 2 mg once daily, depression trial with SSRI/SNRI co-treatment, but the drug is a kappa-selective antagonist, not naltrexone -> off-topic (contract: kappa-opioid antagonists are not LDN).",
    entrez="2026-04-28",
)

rec(
    "r14-retracted",
    "Low-dose naltrexone plus fluoxetine versus fluoxetine alone in moderate-to-severe depression: a randomized trial",
    "Int Clin Psychopharmacol",
    2025,
    ["Journal Article", "Randomized Controlled Trial", "Retracted Publication"],
    "Objective: To evaluate low-dose naltrexone as an adjunct to fluoxetine from the start of treatment.\n\n"
    "Methods: 120 patients with major depressive disorder (HAM-D-17 of 20 or more) were randomized to fluoxetine 20 mg plus naltrexone 3 mg/day or fluoxetine 20 mg plus placebo for 8 weeks.\n\n"
    "Results: Remission rates were 48% and 27% (p = 0.02).\n\n"
    "Conclusion: Adding low-dose naltrexone to fluoxetine accelerated and increased remission.",
    on_topic=True,
    design="rct",
    dep=True,
    n=120,
    doses=[3],
    ads=["fluoxetine"],
    classes=["serotonergic"],
    retracted=True,
    comments_corrections=[{"type": "RetractionIn", "ref": "r15-retraction-notice"}],
    rationale="RETRACTED: publication type 'Retracted Publication' and CommentsCorrections RetractionIn -> counts toward no gap (contract 'Retractions'), although the facts (n 120, 3 mg/day, fluoxetine taken together with LDN) would otherwise address larger-trials and serotonergic-combination. Facts still labelled as written.",
    entrez="2025-11-03",
)

rec(
    "r15-retraction-notice",
    "Retraction Note: Low-dose naltrexone plus fluoxetine versus fluoxetine alone in moderate-to-severe depression: a randomized trial",
    "Int Clin Psychopharmacol",
    2026,
    ["Retraction of Publication"],
    "The Editor-in-Chief has retracted this article after concerns were raised about the enrolment records. The article reported that 120 patients were randomized within 9 weeks at a single site; the institution could not verify the existence of the trial records. The authors do not agree with this retraction.",
    on_topic=True,
    design="other",
    dep=False,
    n=None,
    doses=[],
    results=False,
    comments_corrections=[{"type": "RetractionOf", "ref": "r14-retracted"}],
    rationale="Retraction notice about an on-topic article -> on-topic, design other, no gap (contract). '120 patients' is the retracted article's number, not this record's n. depression_population false for a notice (not scored).",
    entrez="2026-05-04",
)

rec(
    "o10-naloxone",
    "Intravenous low-dose naloxone in treatment-resistant depression: an open pilot study",
    "J Psychiatr Res",
    2026,
    ["Journal Article", "Clinical Trial"],
    "Ten inpatients with treatment-resistant major depression received naloxone 0.4 mg intravenously on three consecutive mornings in addition to their antidepressant. HAM-D-17 fell from 25.1 to 19.4 at day 7 (p = 0.01). Naloxone was well tolerated. Oral opioid antagonists at low dose deserve study.",
    on_topic=False,
    design="nonrandomized_trial",
    dep=True,
    n=10,
    doses=[],
    rationale="CONFOUNDER (look-alike drug): low-dose opioid antagonist in depression, but naloxone, not naltrexone -> off-topic (as dev 410058). 'Oral opioid antagonists at low dose deserve study' is future work.",
    entrez="2026-05-05",
)

rec(
    "r16-ole",
    "Long-term low-dose naltrexone in major depression: 24-week open-label extension of the ALDA randomised trial",
    "Depress Anxiety",
    2026,
    ["Journal Article", "Clinical Trial"],
    "Purpose: To describe safety and durability of response with longer-term LDN.\n\n"
    "Methods: Of the 64 participants with major depressive disorder randomised in the 8-week double-blind phase, 52 entered the open-label extension, in which all recieved naltrexone flexibly dosed at 1.5 -4.5 mg once daily as tolerated, while continuing their background SSRI or SNRI .\n\n"
    "Results: Forty-one completed week 24. MADRS improvements seen in the double-blind phase were maintained (mean 13.2 at week 24); participants switched from placebo improved by 7.4 points. Discontinuations for adverse events: 3.\n\n"
    "Conclusions: LDN was tolerated for 24 weeks with durable benefit.",
    on_topic=True,
    design="nonrandomized_trial",
    dep=True,
    n=52,
    doses=[1.5, 4.5],
    ads=["SSRI", "SNRI"],
    classes=["serotonergic", "noradrenergic"],
    rationale="Open-label extension -> nonrandomized_trial (contract); n is the extension's own sample: '52 entered the open-label extension' (not 64 randomised earlier, not 41 completers). Flexible range with odd spacing 'flexibly dosed at 1.5 -4.5 mg once daily as tolerated' -> both ends [1.5, 4.5]; not a dose comparison. Typos 'recieved', stray space before the full stop. 'background SSRI or SNRI' -> serotonergic + noradrenergic. Gaps larger-trials (52) and serotonergic-combination addressed.",
    entrez="2026-05-07",
)

rec(
    "o14-pain-review",
    "Low-dose naltrexone in chronic pain: a narrative review of mechanisms, dosing and dose-finding",
    "Pain Ther",
    2026,
    ["Journal Article", "Review"],
    "Low-dose naltrexone (LDN), typically 1.5-4.5 mg daily, is increasingly prescribed for fibromyalgia, complex regional pain syndrome and inflammatory pain. We summarise its proposed mechanisms (transient opioid-receptor blockade, TLR4 antagonism on microglia), the clinical evidence from 19 studies, and the few dose-finding data available, including a sequential dose-finding study that estimated a median effective dose of about 4.5 mg. Dose-response relationships, formulation and long-term safety remain to be established.",
    on_topic=False,
    design="review",
    dep=False,
    n=None,
    doses=[],
    rationale="NEAR-MISS: LDN review with dose and dose-finding words throughout, but pain only - no depression or mood -> off-topic; a review lists no doses, n null.",
    entrez="2026-05-11",
)

rec(
    "r17-preprint-adolescent",
    "Low-dose naltrexone 1.5mg/d versus 3mg/d in adolescents with major depression: a randomized double-blind trial",
    "medRxiv",
    2026,
    ["Preprint"],
    "Background: Adolescent depression often responds poorly to SSRIs, and many families decline them.\n\n"
    "Methods: Adolescents aged 13-17 years with major depressive disorder (CDRS-R of 40 or more) who were antidepressant-naive were randomized to LDN 1.5mg/d or 3mg/d for 8 weeks; a total of 48 were randomized (24 + 24). No participant received an SSRI during the study; psychotherapy was not restricted.\n\n"
    "Results: CDRS-R decreased by 14.1 with 3mg/d and 10.3 with 1.5mg/d (p = 0.09). Two participants in each arm discontinued.\n\n"
    "Conclusions: A larger trial of 3mg/d against placebo is justified. This preprint has not been peer reviewed.",
    on_topic=True,
    design="rct",
    dep=True,
    n=48,
    doses=[1.5, 3],
    compares=True,
    rationale="Preprint reporting a trial -> that trial (rct, has results). Age does not matter. Doses without spaces '1.5mg/d or 3mg/d' -> [1.5, 3], two doses compared -> compares_doses true. 'a total of 48 were randomized (24 + 24)' -> 48 (just below 50: larger-trials no). 'antidepressant-naive', 'No participant received an SSRI' -> no classes. Gap dose-finding addressed.",
    entrez="2026-05-12",
    doi="10.1101/2026.05.02.26300117",
)

rec(
    "o15-methylnaltrexone",
    "Methylnaltrexone for opioid-induced constipation in advanced cancer: effects on mood and quality of life",
    "Support Care Cancer",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Purpose: Opioid-induced constipation impairs quality of life and mood in advanced cancer. Methods: 134 patients with advanced cancer and opioid-induced constipation were randomized to subcutaneous methylnaltrexone (8 mg or 12 mg by body weight, every other day) or placebo for 2 weeks. Outcomes were laxation within 4 hours, the HADS depression subscale and the EORTC QLQ-C30. Results: Laxation occurred in 52% vs 11%; HADS-depression improved by 1.6 vs 0.4 points (p = 0.02). Conclusions: Relieving constipation with methylnaltrexone improved mood.",
    on_topic=False,
    design="rct",
    dep=False,
    n=134,
    doses=[],
    rationale="CONFOUNDER (look-alike): methylnaltrexone, a peripherally acting quaternary derivative, is not naltrexone; doses 8/12 mg s.c. are not LDN anyway -> off-topic although a depression subscale is an outcome. DEBATABLE only in that the contract does not name methylnaltrexone among the non-LDN drugs; it is a different drug.",
    entrez="2026-05-14",
)

# ---------------------------------------------------------------- 31-50

rec(
    "r18-sysreview",
    "Low-dose naltrexone for depressive disorders: a systematic review",
    "CNS Drugs",
    2026,
    ["Journal Article", "Systematic Review", "Review"],
    "Background: Low-dose naltrexone (LDN) is increasingly prescribed off-label for depression.\n\n"
    "Methods: We searched MEDLINE, Embase, PsycINFO and trial registries to April 2026 for clinical studies of naltrexone at 6 mg/day or less in people with a depressive disorder.\n\n"
    "Results: Six studies met the criteria: three randomised trials (n = 12, 64 and 120; the last since retracted), one open-label extension (n = 52), one chart review (n = 5) and one case report. Doses ranged from 1 mg twice daily to 4.5 mg nightly; two trials combined LDN with SSRIs. Risk of bias was high in four studies.\n\n"
    "Conclusions: Evidence is sparse. Future trials should compare doses and enrol patients on serotonergic antidepressants.",
    on_topic=True,
    design="review",
    dep=True,
    n=None,
    doses=[],
    results=False,
    rationale="Systematic review of LDN in depressive disorders -> on-topic, design review, depression_population true (contract: reviews of depression studies are true), n null, doses [] (reviews list none), no classes. Trap: included studies' sizes 'n = 12, 64 and 120', '(n = 52)' and doses '1 mg twice daily to 4.5 mg nightly' are other studies' facts; 'Future trials should compare doses' -> compares_doses false. has_results false as in dev's reviews.",
    entrez="2026-05-18",
)

rec(
    "o16-xrntx",
    "Extended-release injectable naltrexone and depressive symptoms during treatment of opioid use disorder: secondary analysis of a randomised trial",
    "Addiction",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Aims: To examine depressive symptom trajectories under extended-release naltrexone (XR-NTX). Design: Secondary analysis of a 24-week randomised trial comparing XR-NTX 380 mg every 4 weeks with sublingual buprenorphine-naloxone. Participants: 283 adults with opioid use disorder who had PHQ-9 data at baseline and at least one follow-up visit. Measurements: PHQ-9 every 4 weeks. Findings: PHQ-9 fell from 11.2 to 6.3 in both arms with no between-arm difference (p = 0.71). Conclusions: Full opioid blockade with XR-NTX did not worsen depressive symptoms.",
    on_topic=False,
    design="rct",
    dep=False,
    n=283,
    doses=[],
    rationale="CONFOUNDER: depressive-symptom outcome but naltrexone 380 mg monthly injection (full blockade) -> not LDN -> off-topic. Secondary analysis -> parent design rct; own sample '283 adults'.",
    entrez="2026-05-19",
)

rec(
    "r20-registry-protocol",
    "The LDN-MOOD registry: protocol for a prospective multicentre cohort of patients prescribed low-dose naltrexone for depression",
    "BMJ Open",
    2026,
    ["Journal Article"],
    "Introduction: Off-label low-dose naltrexone (LDN) is prescribed for depression without systematic outcome data.\n\n"
    "Methods and analysis: This prospective, observational cohort will enrol 500 adults with a depressive disorder (major or persistent depressive disorder) whose clinician has prescribed naltrexone at 1.5 to 4.5 mg daily. No treatment is assigned by the study; participants may continue any antidepressant. PHQ-9, adverse events and persistence will be collected at 4, 12, 26 and 52 weeks.\n\n"
    "Ethics and dissemination: Approved by the national ethics board; results will be reported annually.",
    on_topic=True,
    design="observational",
    dep=True,
    n=500,
    doses=[1.5, 4.5],
    results=False,
    rationale="Protocol of a cohort (not a trial): contract says it keeps design observational, has no results and closes no gap -> NEAR-MISS for larger-trials (planned 'enrol 500 adults'). Selected for a depressive disorder -> depression_population true. 'may continue any antidepressant' names no drug or class -> []. DEBATABLE (doses): nothing is assigned; the prescribed range 'naltrexone at 1.5 to 4.5 mg daily' is listed by its ends, as dev does for a chart review's range (99000040).",
    entrez="2026-05-21",
)

rec(
    "o17-hailey",
    "Low-dose naltrexone for Hailey-Hailey disease: a case series of four patients",
    "JAAD Case Rep",
    2026,
    ["Case Reports"],
    "We report four patients with recalcitrant Hailey-Hailey disease treated with low-dose naltrexone 3 mg daily, increased to 4.5 mg daily in two patients with partial response. Three patients had marked improvement of erosions within 8 weeks and the Dermatology Life Quality Index fell from a mean of 18 to 7. One patient stopped because of insomnia.",
    on_topic=False,
    design="case_report",
    dep=False,
    n=4,
    doses=[3, 4.5],
    rationale="LDN outside psychiatry with a dermatology quality-of-life index only; no depression or mood -> off-topic. Dose raised in partial responders -> both levels [3, 4.5] (not scored: off-topic).",
    entrez="2026-05-22",
)

rec(
    "r21-pdd-responseguided",
    "Response-guided low-dose naltrexone augmentation in persistent depressive disorder: an open-label trial",
    "J Affect Disord Rep",
    2026,
    ["Journal Article", "Clinical Trial"],
    "Background: Persistent depressive disorder (PDD) responds poorly to antidepressants alone.\n\n"
    "Methods: Thirty-eight adults with DSM-5 PDD on a stable SSRI (8 weeks or more) were enrolled in this single-arm, 12-week study and 33 completed. LDN was given as 3 mg  each evening; participants who had not improved by at least 30% on the MADRS at week 4 had the dose doubled to 6 mg (n = 15).\n\n"
    "Results: MADRS fell from 24.8 to 14.6 (p < 0.001). Of the 15 participants whose dose was doubled, 6 responded by week 12.\n\n"
    "Conclusions: LDN augmentation was feasible in PDD; the higher dose rescued some non-responders, but doses were not compared.",
    on_topic=True,
    design="nonrandomized_trial",
    dep=True,
    n=38,
    doses=[3, 6],
    ads=["SSRI"],
    classes=["serotonergic"],
    rationale="'3 mg  each evening' (double space); non-responders 'had the dose doubled to 6 mg' -> both levels [3, 6] (contract: dose raised only in non-responders); 6 mg/day is still LDN (<= 6). Response-guided escalation is not a comparison ('doses were not compared') -> compares_doses false (as dev 99000017). 'Thirty-eight adults ... were enrolled ... and 33 completed' -> 38. 'on a stable SSRI' -> serotonergic. Gap serotonergic-combination addressed.",
    entrez="2026-05-26",
)

rec(
    "o18-buprenorphine",
    "Ultra-low-dose buprenorphine for treatment-resistant depression in older adults: an open-label trial",
    "Am J Geriatr Psychiatry",
    2026,
    ["Journal Article", "Clinical Trial"],
    "Objective: To test ultra-low-dose buprenorphine, a kappa antagonist and partial mu agonist, in late-life treatment-resistant depression. Methods: Thirty adults aged 60 or older with major depression that had not responded to venlafaxine received open-label sublingual buprenorphine 0.2 mg, increased to 1.2 mg daily, for 8 weeks alongside venlafaxine. Results: MADRS fell from 26.0 to 17.3; 11 participants remitted. Conclusions: Low-dose opioid modulation may help older adults with treatment-resistant depression.",
    on_topic=False,
    design="nonrandomized_trial",
    dep=True,
    n=30,
    doses=[],
    rationale="CONFOUNDER (look-alike): 'ultra-low-dose' opioid modulator in depression with an SNRI, but buprenorphine, not naltrexone -> off-topic.",
    entrez="2026-05-27",
)

rec(
    "r22-ms-depression",
    "Low-dose naltrexone for depression in multiple sclerosis: a randomised controlled trial",
    "Mult Scler",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Depression affects half of people with multiple sclerosis (MS), and antidepressants are often poorly tolerated.\n\n"
    "Methods: People with relapsing MS and a current major depressive episode (DSM-5, confirmed by structured interview) with a PHQ-9 of 10 or more were randomised to naltrexone 4.5 mg or placebo at bedtime for 12 weeks. Antidepressant use was an exclusion criterion, and no participant received an SSRI or SNRI during the trial. Sixty-two participants were randomised.\n\n"
    "Results: BDI-II fell by 9.4 with naltrexone and 5.0 with placebo (p = 0.008). The dose was well tolerated: no dose reductions were needed, dose adherence was 94%, and there were no dose-related adverse events.\n\n"
    "Conclusions: A single 4.5 mg dose improved depression in MS. Dose-response relations remain unknown.",
    on_topic=True,
    design="rct",
    dep=True,
    n=62,
    doses=[4.5],
    rationale="MS population but selected for depression: 'a current major depressive episode (DSM-5 ...) with a PHQ-9 of 10 or more' as inclusion -> depression_population true (contract: selected by diagnosis or severity threshold; unlike 'a population selected for another condition with depression only as an outcome'). DEBATABLE only mildly: participants must also have MS; the depression criterion is an inclusion, not a subgroup. One dose with 'dose' words everywhere ('The dose was well tolerated', 'no dose reductions', 'dose adherence', 'dose-related', 'Dose-response relations remain unknown') -> compares_doses false. 'no participant received an SSRI or SNRI' -> no classes. 'Sixty-two participants were randomised' -> 62. Gap larger-trials addressed.",
    entrez="2026-05-28",
)

rec(
    "o19-russian",
    "[Naltrexone in the treatment of alcohol dependence with comorbid depressive disorders]",
    "Zh Nevrol Psikhiatr Im S S Korsakova",
    2026,
    ["English Abstract", "Journal Article", "Randomized Controlled Trial"],
    "Objective. To evaluate naltrexone in patients with alcohol dependence and comorbid depressive disorders. Material and methods. Ninety-six men with alcohol dependence and a comorbid depressive episode (HAM-D of 14 or more) receiving amitriptyline were randomized to naltrexone 50 mg/day or placebo for 12 weeks. Results. Remission of drinking was more frequent with naltrexone (44% vs 23%); HAM-D scores decreased in both groups without difference. Conclusion. Naltrexone is effective in depressed alcohol-dependent patients taking a tricyclic antidepressant.",
    on_topic=False,
    design="rct",
    dep=True,
    n=96,
    doses=[],
    language="rus",
    vernacular_title="Naltrekson v lechenii alkogol'noi zavisimosti s komorbidnymi depressivnymi rasstroistvami",
    rationale="CONFOUNDER (non-English, bracketed translated title): standard-dose 'naltrexone 50 mg/day' with a tricyclic in depressed alcohol-dependent men -> not LDN -> off-topic; tricyclic not credited. Section labels end with full stops, so the abstract is one paragraph.",
    entrez="2026-06-01",
)

rec(
    "r23-case-tca-maoi",
    "Low-dose naltrexone added to tricyclic or MAOI therapy in refractory depression: three cases",
    "Psychiatry Clin Neurosci Rep",
    2026,
    ["Case Reports"],
    "We describe three patients with treatment-resistant major depression. Case 1, a 61-year-old woman taking nortriptyline 100 mg, received LDN 1.5mg/d. Case 2, a 44-year-old man taking tranylcypromine 40 mg, received 3 mg nocte. Case 3, a 58-year-old woman on nortriptyline 75 mg, also received 3 mg nocte. Cases 1 and 2 responded (MADRS reduction of 50% or more within 6 weeks); case 3 stopped after 2 weeks because of nausea. No hypertensive or serotonergic reactions occurred.",
    on_topic=True,
    design="case_report",
    dep=True,
    n=3,
    doses=[1.5, 3],
    ads=["nortriptyline", "tranylcypromine"],
    classes=["serotonergic", "noradrenergic"],
    rationale="Case series of three -> case_report, n 3. Distinct daily doses '1.5mg/d' and '3 mg nocte' -> [1.5, 3]; different patients on different doses is not a comparison -> compares_doses false. Tricyclic (nortriptyline) and MAOI (tranylcypromine) taken with LDN -> serotonergic + noradrenergic (contract). 'No ... serotonergic reactions' is a safety phrase, not a class. Case reports close no gap.",
    entrez="2026-06-03",
)

rec(
    "o20-fibro-nodep",
    "Comparison of 3 mg and 4.5 mg low-dose naltrexone in fibromyalgia: a randomised double-blind trial",
    "Clin Rheumatol",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Objectives: To compare two doses of low-dose naltrexone in fibromyalgia. Methods: A total of 70 patients were randomised to naltrexone 3 mg or 4.5 mg daily for 10 weeks. Outcomes were pain, sleep quality and fatigue. Depressive symptoms were not assessed, and patients with major depression were excluded. Results: Pain decreased by 28% with 4.5 mg and 19% with 3 mg (p = 0.04). Conclusions: 4.5 mg was more effective.",
    on_topic=False,
    design="rct",
    dep=False,
    n=70,
    doses=[3, 4.5],
    compares=True,
    rationale="NEAR-MISS for dose-finding: two LDN doses compared ('naltrexone 3 mg or 4.5 mg daily'), but no mood outcome ('Depressive symptoms were not assessed'; depression only as exclusion) -> off-topic.",
    entrez="2026-06-04",
)

rec(
    "r24-letter-r01",
    "LDN augmentation in depression: the effect may be smaller than it looks",
    "J Affect Disord",
    2026,
    ["Letter", "Comment"],
    "The recent trial that randomised 64 patients with major depression to LDN 4.5 mg nocte or placebo on top of escitalopram, duloxetine or bupropion reported a 3.9-point MADRS advantage. We question whether blinding survived the vivid dreams reported by LDN patients, and whether the nine withdrawals were handled appropriately. A trial with an active placebo would help.",
    on_topic=True,
    design="other",
    dep=False,
    n=None,
    doses=[],
    results=False,
    comments_corrections=[{"type": "CommentOn", "ref": "r01-adjunct-ldn"}],
    rationale="Letter/comment on an on-topic trial (CommentOn) without data of its own -> on-topic, design other, no gap; n null and doses [] although '64 patients' and '4.5 mg nocte' are quoted. DEBATABLE (classes): the contract gives notices no doses but says nothing of classes; a letter has no participants taking anything, so classes [] even though 'escitalopram, duloxetine or bupropion' are named.",
    entrez="2026-06-08",
)

rec(
    "o21-lowdensity-neutrophils",
    "Low-density neutrophils (LDNs) are expanded in major depressive disorder and fall with antidepressant response",
    "Brain Behav Immun",
    2026,
    ["Journal Article"],
    "Low-density neutrophils (LDN) are a pro-inflammatory granulocyte subset. We measured LDN frequency by flow cytometry in 84 drug-free patients with major depressive disorder and 62 healthy controls. LDN were 2.3-fold higher in patients and correlated with HAM-D-17 (r = 0.38). After 8 weeks of escitalopram 10-20 mg, LDN counts fell in responders but not in non-responders. LDN may be a low-cost marker of inflammatory depression.",
    on_topic=False,
    design="observational",
    dep=True,
    n=146,
    doses=[],
    rationale="NEAR-MISS (abbreviation collision): 'LDN' here means low-density neutrophils; no naltrexone at all -> off-topic. Observational; '84 ... patients ... and 62 healthy controls' -> 146.",
    entrez="2026-06-09",
)

rec(
    "r26-amended-protocol",
    "Low-dose naltrexone augmentation of vortioxetine in late-life depression (LATE-LDN): amended protocol, version 3.0",
    "Trials",
    2026,
    ["Journal Article", "Clinical Trial Protocol"],
    "Background: Older adults with depression often respond incompletely to antidepressants, and inflammation may contribute.\n\n"
    "Methods and analysis: Adults aged 65 or older with major depressive disorder (MADRS of 18 or more) who are taking vortioxetine 10-20 mg will be randomised to naltrexone 3 mg daily or placebo for 16 weeks. Owing to slower-than-expected recruitment, this amendment revises the target sample size from 80 to 60 participants (30 per arm), retaining 80% power for the primary MADRS outcome under a smaller assumed variance. Other changes: a telephone screening step and a second recruiting site.\n\n"
    "Trial registration: ISRCTN 73018845; protocol version 3.0, 12 May 2026.",
    on_topic=True,
    design="protocol",
    dep=True,
    n=60,
    doses=[3],
    ads=["vortioxetine"],
    classes=["serotonergic"],
    results=False,
    rationale="Protocol amendment: the later version replaces the earlier within its study (contract), so planned n is the revised 'from 80 to 60 participants (30 per arm)' -> 60. 'naltrexone 3 mg daily' -> [3]. 'taking vortioxetine' -> serotonergic. Gaps larger-trials and serotonergic-combination in_progress.",
    entrez="2026-06-11",
)

rec(
    "o22-ketamine",
    "Does opioid blockade attenuate ketamine's antidepressant effect? Naltrexone pretreatment in treatment-resistant depression",
    "Am J Psychiatry",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Objective: To test whether mu-opioid blockade attenuates the antidepressant effect of ketamine. Methods: Thirty adults with treatment-resistant depression received ketamine 0.5 mg/kg intravenously twice, once after naltrexone 50 mg and once after placebo, in randomized order. Results: MADRS reduction at 24 hours did not differ (-14.2 vs -15.0). Conclusions: Ketamine's antidepressant effect does not require opioid signalling.",
    on_topic=False,
    design="rct",
    dep=True,
    n=30,
    doses=[],
    rationale="CONFOUNDER: naltrexone in TRD with a MADRS outcome, but 'naltrexone 50 mg' pretreatment (full blockade) -> off-topic; ketamine is in no class anyway. 'Thirty adults' (crossover persons).",
    entrez="2026-06-15",
)

rec(
    "o23-fibro-protocol",
    "Low-dose naltrexone for pain in fibromyalgia (FINAL): protocol for a multicentre randomised controlled trial",
    "BMJ Open",
    2026,
    ["Journal Article", "Clinical Trial Protocol"],
    "Introduction: Small trials suggest that low-dose naltrexone (LDN) reduces fibromyalgia pain.\n\n"
    "Methods and analysis: 180 adults with fibromyalgia will be randomised to LDN 4.5 mg or placebo daily for 16 weeks. Exclusion criteria include severe depression (PHQ-9 of 20 or more) and suicidality. The primary outcome is pain intensity; secondary outcomes are sleep, fatigue and physical function.\n\n"
    "Ethics and dissemination: Results will be published in peer-reviewed journals.",
    on_topic=False,
    design="protocol",
    dep=False,
    n=180,
    doses=[4.5],
    results=False,
    rationale="NEAR-MISS (larger-trials in_progress look-alike): an LDN protocol with n 180, but depression only as an exclusion criterion ('severe depression (PHQ-9 of 20 or more)'), no mood outcome -> off-topic, no gap.",
    entrez="2026-06-16",
)

rec(
    "o24-correction-nal12",
    "Correction to: Low-dose naltrexone 12.5 mg as augmentation of escitalopram in major depression: a randomized trial",
    "Psychopharmacology (Berl)",
    2026,
    ["Published Erratum"],
    "In the original article, the daily naltrexone dose was incorrectly given as 1.25 mg in the Results section of the Abstract; the correct dose is 12.5 mg, as stated in the Methods. The original article has been corrected.",
    on_topic=False,
    design="other",
    dep=False,
    n=None,
    doses=[],
    results=False,
    comments_corrections=[{"type": "ErratumFor", "ref": "o05-nal12"}],
    rationale="Erratum about an off-topic article (12.5 mg/day is not LDN) -> off-topic, other. Trap: '1.25 mg' is the corrected error, not a dose given.",
    entrez="2026-06-18",
)

rec(
    "o25-nal25",
    "Naltrexone 25 mg daily for heavy drinking in women with depressive symptoms: a randomized trial",
    "Alcohol Clin Exp Res",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Women may tolerate naltrexone poorly at the usual 50 mg dose. Methods: Seventy-two women with heavy drinking and depressive symptoms (BDI-II of 14 or more) were randomized to naltrexone 25 mg/day (half the usual dose) or placebo for 12 weeks. Results: Heavy drinking days fell more with naltrexone (p = 0.03); BDI-II decreased similarly (-6.8 vs -6.1). Conclusions: Half-dose naltrexone reduced drinking but not depressive symptoms.",
    on_topic=False,
    design="rct",
    dep=True,
    n=72,
    doses=[],
    rationale="NEAR-MISS (dose boundary): 'naltrexone 25 mg/day (half the usual dose)' is standard-dose range (contract: 25-50 mg and up is not LDN) -> off-topic although a depression scale is an outcome and the population has a BDI-II threshold.",
    entrez="2026-06-22",
)

rec(
    "o26-pk-healthy",
    "Dose proportionality of compounded low-dose naltrexone capsules (1.5, 3 and 4.5 mg) in healthy volunteers: a randomised crossover study",
    "Clin Pharmacol Drug Dev",
    2026,
    ["Journal Article", "Randomized Controlled Trial"],
    "Background: Compounded LDN products vary in quality. Methods: Eighteen healthy volunteers received single doses of 1.5, 3 and 4.5 mg naltrexone in randomised order with 7-day washouts; plasma naltrexone and 6-beta-naltrexol were measured over 24 hours. Results: Cmax and AUC increased proportionally with dose (slope 0.98 and 1.02). All doses were well tolerated. Conclusions: Compounded LDN shows linear pharmacokinetics between 1.5 and 4.5 mg.",
    on_topic=False,
    design="rct",
    dep=False,
    n=18,
    doses=[1.5, 3, 4.5],
    compares=True,
    rationale="NEAR-MISS for dose-finding: three LDN doses compared (dose proportionality), but healthy volunteers and pharmacokinetics only, no mood -> off-topic.",
    entrez="2026-06-23",
)

rec(
    "o27-faers",
    "Depression and suicidality reported with naltrexone: a disproportionality analysis of the FDA Adverse Event Reporting System",
    "Drug Saf",
    2026,
    ["Journal Article"],
    "Introduction: Depression has been listed as a possible adverse effect of naltrexone. Methods: We analysed FAERS reports from 2004 to 2025 for oral and injectable naltrexone (50 mg tablets and 380 mg extended-release injection); reports of compounded low-dose products were excluded because dose was rarely recorded. Results: Among 9,318 naltrexone reports, depression (ROR 1.21) and suicidal ideation (ROR 1.35) were weakly disproportionate, mostly with the injection. Conclusions: No strong depression signal was found.",
    on_topic=False,
    design="observational",
    dep=False,
    n=None,
    doses=[],
    rationale="NEAR-MISS: depression as an adverse-event outcome of naltrexone, but standard doses only ('50 mg tablets and 380 mg extended-release injection'); 'compounded low-dose products were excluded' -> off-topic. '9,318 ... reports' are reports, not enrolled persons -> n null (not scored).",
    entrez="2026-06-25",
)

rec(
    "o11-samidorphan",
    "Olanzapine/samidorphan in bipolar I depression: a 12-week open-label study",
    "J Clin Psychiatry",
    2026,
    ["Journal Article", "Clinical Trial"],
    "Objective: To evaluate olanzapine/samidorphan (OLZ/SAM), which combines olanzapine with the opioid antagonist samidorphan at a fixed 10 mg dose, in bipolar I depression. Methods: Forty adults with bipolar I disorder in a current depressive episode received OLZ/SAM 5/10 to 20/10 mg daily for 12 weeks. Results: MADRS fell from 29.3 to 14.8; mean weight gain was 1.9 kg. Conclusions: OLZ/SAM improved bipolar depression with limited weight gain.",
    on_topic=False,
    design="nonrandomized_trial",
    dep=True,
    n=40,
    doses=[],
    rationale="CONFOUNDER (look-alike): opioid antagonist combination in bipolar depression, but samidorphan (contract: not LDN) -> off-topic.",
    entrez="2026-06-29",
)

# ---------------------------------------------------------------- main


def main() -> int:
    keys = [r["key"] for r in RECORDS]
    assert len(set(keys)) == len(keys), "duplicate keys"
    pmid = {k: str(BASE + i) for i, k in enumerate(keys)}
    out = []
    for r in RECORDS:
        p = pmid[r["key"]]
        row = {
            "id": p,
            "pmid": p,
            "doi": r["doi"],
            "nct_ids": r["nct_ids"],
            "title": r["title"],
            "journal": r["journal"],
            "year": r["year"],
            "publication_types": r["publication_types"],
            "abstract": r["abstract"],
            "abstract_complete": r["abstract_complete"],
            "entrez_date": r["entrez"] or f"{r['year']}-06-01",
            "source_url": "synthetic",
            "synthetic": True,
            "labels": r["labels"],
        }
        extra = dict(r["extra"])
        if "comments_corrections" in extra:
            extra["comments_corrections"] = [
                {"type": c["type"], "pmid": pmid[c["ref"]]} if "ref" in c else c
                for c in extra["comments_corrections"]
            ]
        row.update(extra)
        out.append(row)
    with (HERE / "holdout.jsonl").open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records, PMIDs {out[0]['pmid']}-{out[-1]['pmid']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
