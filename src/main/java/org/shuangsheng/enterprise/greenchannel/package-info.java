/**
 * 绿色通道: an enterprise's requests for help (service requests), routed to the department that
 * handles their category, accepted, commented on and resolved within a deadline set by urgency.
 */
@org.springframework.modulith.NamedInterface("greenchannel")
package org.shuangsheng.enterprise.greenchannel;
