/**
 * 用户与权限: accounts, roles, scopes, login and API tokens. Every module asks this one who
 * the caller is and what the caller may see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.shuangsheng.identity;
