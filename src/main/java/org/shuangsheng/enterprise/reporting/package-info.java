/**
 * 日报与复核: the enterprises' daily reports and who has not reported (日报完整率), the five-day
 * reviews of resumed enterprises (五日一复核), and the resumption statistics drawn from both.
 */
@org.springframework.modulith.NamedInterface("reporting")
package org.shuangsheng.enterprise.reporting;
