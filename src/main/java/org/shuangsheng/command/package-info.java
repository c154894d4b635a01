/**
 * 指挥调度: the commander's home, the navigation every module contributes to, the dashboard
 * ({@link org.shuangsheng.command.IndicatorContribution}), the daily briefing, and the alerts any
 * module raises ({@link org.shuangsheng.command.Alerts#raise}). Depends on no business module
 * (only on identity, audit, notification and shared).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command")
package org.shuangsheng.command;
