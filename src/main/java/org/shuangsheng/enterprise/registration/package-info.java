/**
 * 企业登记与报备: registering enterprises (by form or by import), their resumption filing with its
 * commitment, the task force's post-check and return of a filing, status changes and pairing cadres
 * (包保) with enterprises.
 */
@org.springframework.modulith.NamedInterface("registration")
package org.shuangsheng.enterprise.registration;
