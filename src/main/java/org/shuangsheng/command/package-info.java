/**
 * 指挥调度: the commander's home, the navigation every module contributes to, and (later) the
 * dashboard and the daily briefing. Depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command")
package org.shuangsheng.command;
